package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.servlet.internal.request.RoleAnswers;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request keeps at most 64 of the container's role answers: a tool may ask {@code isCallerInRole} with any name, and
 * the names past the 64th are asked of the container each time instead of growing the request's memory.
 */
class RoleAnswersKeepAtMost64Test {

    @Test
    void rolesPastThe64thAreAskedEachTime() {
        Map<String, Integer> asked = new HashMap<>();
        RoleAnswers answers = new RoleAnswers(role -> {
            asked.merge(String.valueOf(role), 1, Integer::sum);
            return false;
        });
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < 100; i++) {
                assertFalse(answers.test("role" + i));
            }
        }
        assertEquals(1, asked.get("role0"));
        assertEquals(1, asked.get("role63"), "the 64th is kept");
        assertEquals(2, asked.get("role64"), "the 65th is not");
        assertFalse(answers.test(null), "no role is the container's answer, never kept");
        assertEquals(1, asked.get("null"));
    }
}
