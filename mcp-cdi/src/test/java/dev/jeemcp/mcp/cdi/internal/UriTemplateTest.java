package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.features.UriTemplate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Templates match in one left-to-right pass: several variables in one segment cost work proportional to the URI,
 * counted in character comparisons, where a backtracking regex tried every split (2,000 characters took ~10 s).
 */
class UriTemplateTest {

    private static final UriTemplate THREE_IN_A_SEGMENT = UriTemplate.parse("docs://{a}-{b}-{c}/end");

    @Test
    void variablesInOneSegmentSplitAtTheFirstSeparator() {
        assertEquals(Optional.of(Map.of("a", "x", "b", "y", "c", "z-w")), THREE_IN_A_SEGMENT.match("docs://x-y-z-w/end"));
        assertEquals(Optional.of(Map.of("id", "acme")), UriTemplate.parse("docs://{id}/logo").match("docs://acme/logo"));
        assertEquals(Optional.of(Map.of("a", "p", "b", "q")), UriTemplate.parse("{a}{b}").match("pq"));
    }

    @Test
    void whatTheTemplateCannotHoldIsNoMatch() {
        assertTrue(UriTemplate.parse("docs://{id}/logo").match("docs://a/b/logo").isEmpty(), "a variable holds no /");
        assertTrue(UriTemplate.parse("docs://{id}/logo").match("docs:///logo").isEmpty(), "a variable is not empty");
        assertTrue(THREE_IN_A_SEGMENT.match("docs://x-y/end").isEmpty());
        assertTrue(THREE_IN_A_SEGMENT.match("docs://x-y-z/end/more").isEmpty());
        assertTrue(THREE_IN_A_SEGMENT.match("other://x-y-z/end").isEmpty());
    }

    @Test
    void aSeparatorThatAlsoEndsTheNextLiteralStillMatches() {
        UriTemplate template = UriTemplate.parse("f://{a}.{b}.png");
        assertEquals(Optional.of(Map.of("a", "x", "b", "y.z")), template.match("f://x.y.z.png"));
        assertEquals(Optional.of(Map.of("a", "x", "b", "y")), UriTemplate.parse("f://{a}-/{b}").match("f://x-/y"));
    }

    /** The input that made the old regex backtrack: separators everywhere, and no match at the end. */
    @Test
    void thePathologicalInputCostsLinearWork() {
        String uri = "docs://" + "-".repeat(2000) + "x";
        long[] steps = new long[1];
        assertTrue(THREE_IN_A_SEGMENT.match(uri, steps).isEmpty());
        assertTrue(steps[0] <= 4L * uri.length(), "comparisons: " + steps[0]);

        String matching = "docs://" + "-".repeat(2000) + "/end";
        steps[0] = 0;
        assertEquals(Optional.of(Map.of("a", "-", "b", "-", "c", "-".repeat(1996))), THREE_IN_A_SEGMENT.match(matching, steps));
        assertTrue(steps[0] <= 4L * matching.length(), "comparisons: " + steps[0]);
    }

    @Test
    void strayBracesAreRefusedAtDeployTime() {
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("docs://{+id}"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("docs://id}"));
        assertThrows(IllegalArgumentException.class, () -> UriTemplate.parse("docs://{a}/{a}"));
    }
}
