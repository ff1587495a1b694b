package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.NonEcmaPatternTools;
import dev.jeemcp.mcp.cdi.internal.schema.EcmaRegex;
import jakarta.enterprise.inject.spi.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Pattern} that would mean something else, or nothing, as a JSON Schema (ECMA-262) pattern fails the
 * deployment with a sentence naming the class, method and construct; the model is never shown a rule the server
 * does not apply.
 */
class NonEcmaPatternFailsDeploymentTest {

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return String.valueOf(error.getMessage()) + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void aJavaOnlyConstructFailsNamingTheMethod() {
        String message = failure(NonEcmaPatternTools.JavaOnlyAnchor.class);
        assertTrue(message.contains("@McpTool method dev.jeemcp.mcp.cdi.internal.fixtures.NonEcmaPatternTools$JavaOnlyAnchor.lookup(String)"
                + " is invalid: parameter \"code\" cannot be a tool argument: @Pattern(regexp = \"\\Aq[0-9]+\") cannot be a JSON Schema"
                + " pattern: \"\\A\" is Java-only"), message);
    }

    @Test
    void flagsFailSinceAPatternHasNone() {
        String message = failure(NonEcmaPatternTools.WithFlags.class);
        assertTrue(message.contains("WithFlags.lookup(String)") && message.contains("has flags"), message);
    }

    @Test
    void aRecordComponentIsNamedToo() {
        String message = failure(NonEcmaPatternTools.OnARecordComponent.class);
        assertTrue(message.contains("OnARecordComponent.lookup(Code)") && message.contains("property Code.value")
                && message.contains("a class intersection \"&&\" is Java-only"), message);
    }

    @Test
    void javaOnlyConstructsAreRefused() {
        for (String regexp : List.of("a*+", "a++", "a?+", "a{2}+", "(?>a)", "(?i)a", "(?s:a)", "\\Qa.b\\E", "\\p{javaLowerCase}",
                "\\p{Alpha}", "\\pL", "\\Z", "\\z", "\\G", "\\h", "\\v", "\\R", "\\X", "\\e", "\\a", "\\0", "\\x{41}", "[a-z&&[^q]]",
                "[a[b]]", "[]a]", "a\\-b", "\\@")) {
            assertTrue(EcmaRegex.incompatibility(regexp) != null, regexp + " must be refused");
        }
    }

    /** Java reads these as literals or ranges; JavaScript with the u flag (Ajv) cannot compile them at all. */
    @Test
    void lenientJavaSyntaxThatTheUFlagRejectsIsRefused() {
        for (String regexp : List.of("^\\{[a-z]+}$", "a}", "a]", "x{", "x{a}", "x{,5}", "{", "[\\w-.]", "[a-z\\d-_]", "[.-\\w]",
                "[\\s-x]", "[\\p{L}-z]", "[^\\D-a]")) {
            assertTrue(EcmaRegex.incompatibility(regexp) != null, regexp + " must be refused");
        }
    }

    @Test
    void commonPortableExpressionsAreAccepted() {
        for (String regexp : List.of("\\d{4}", "[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}", "^[a-z]+(?:-[a-z]+)*$", "(?<year>\\d{4})-\\k<year>",
                "(?=.*\\d)(?!.*\\s).{8,}", "(?<=a)b", "[\\w.+-]+@[\\w-]+\\.[\\w.]+", "\\p{Lu}\\p{L}*", "\\u00e9|\\x41|\\cJ", "(a|b)\\1",
                "[^\\]\\[]", "a{1,}?", "^\\{[a-z]+\\}$", "a\\]", "[}{]", "[\\w-]", "[-\\w]", "[\\w.-]", "[a-z0-9_-]",
                "x{2,5}", "x{3}?", "[\\d\\-x]", "\\/\\.\\*\\+\\?\\(\\)\\{\\}\\|\\^\\$")) {
            assertNull(EcmaRegex.incompatibility(regexp), regexp + " must be accepted");
        }
        assertEquals("\"\\A\"", EcmaRegex.incompatibility("\\Aabc"));
    }
}
