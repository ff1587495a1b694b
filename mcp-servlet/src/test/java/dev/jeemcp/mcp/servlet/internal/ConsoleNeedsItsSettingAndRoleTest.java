package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser console is off unless {@code mcp.console.enabled}, cannot be switched on without a role (nor with
 * {@code *} or {@code **}, which every authenticated caller passes), and is served
 * only to a caller with that role, with a strict Content-Security-Policy and no inline script or style.
 */
class ConsoleNeedsItsSettingAndRoleTest {

    private static final String OPERATOR = "olga roles=quoter,operator";
    private static final String QUOTER = "alice roles=quoter";

    /** Runs the check against the application as the jar registers it, with these context parameters. */
    private static void withApp(Function<URI, Void> check, String... contextParams) throws Exception {
        try (RegisteredApp app = new RegisteredApp(context -> {
            RegisteredApp.addParameters(context, contextParams);
            TestIdentityFilter.install(context);
        })) {
            check.apply(URI.create(app.base + "/mcp/console/"));
        }
    }

    private static HttpResponse<String> get(URI uri, String caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (caller != null) {
            request.header("X-Test-Caller", caller);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theConsoleIsAbsentByDefault() throws Exception {
        withApp(page -> {
            assertEquals(404, get(page, OPERATOR).statusCode());
            return null;
        }, "mcp.console.role", "operator");
    }

    @Test
    void switchingItOnWithoutARoleIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.settings("mcp.console.enabled", "true"));
        assertTrue(refused.getMessage().contains("mcp.console.role"), refused.getMessage());
        assertFalse(McpSettings.defaults().console().enabled());
    }

    @Test
    void aRoleEveryAuthenticatedCallerHasIsRefused() {
        for (String any : new String[] {"*", "**", " ** "}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> Fixtures.settings("mcp.console.enabled", "true", "mcp.console.role", any), any);
            assertTrue(refused.getMessage().contains("any authenticated caller"), refused.getMessage());
        }
    }

    @Test
    void onlyACallerWithTheRoleGetsThePage() throws Exception {
        withApp(page -> {
            assertEquals(403, get(page, QUOTER).statusCode());
            assertEquals(403, get(page, null).statusCode(), "Tomcat without a login mechanism lets authenticate() pass anonymously");
            assertEquals(403, get(page.resolve("console.js"), QUOTER).statusCode());
            HttpResponse<String> shown = get(page, OPERATOR);
            assertEquals(200, shown.statusCode());
            assertTrue(shown.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(404, get(page.resolve("missing.js"), OPERATOR).statusCode());
            assertEquals(404, get(page.resolve("../../WEB-INF/web.xml"), OPERATOR).statusCode());
            return null;
        }, "mcp.console.enabled", "true", "mcp.console.role", "operator");
    }

    @Test
    void everyFileHasAStrictPolicyAndThePageHasNothingInline() throws Exception {
        withApp(page -> {
            for (String file : new String[] {"", "console.js", "console.css"}) {
                HttpResponse<String> response = get(page.resolve(file), OPERATOR);
                assertEquals(200, response.statusCode(), file);
                String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
                assertFalse(policy.contains("unsafe"), policy);
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            }
            String html = get(page, OPERATOR).body();
            assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)", Pattern.CASE_INSENSITIVE).matcher(html).find(), "inline script");
            assertFalse(Pattern.compile("<style|\\sstyle=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "inline style or handler");
            String script = get(page.resolve("console.js"), OPERATOR).body();
            assertFalse(script.contains("innerHTML") || script.contains("outerHTML") || script.contains("insertAdjacentHTML")
                    || script.contains("document.write") || script.contains("eval("), "markup from strings");
            return null;
        }, "mcp.console.enabled", "true", "mcp.console.role", "operator");
    }
}
