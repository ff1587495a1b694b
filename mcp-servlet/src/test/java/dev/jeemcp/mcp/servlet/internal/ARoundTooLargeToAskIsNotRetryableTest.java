package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.PairTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A round with more requests than a caller may have open at all ({@code mcp.input.maxPendingPerCaller}) can never be
 * asked: retrying asks as many again. It is an error of its own, not the retryable 429 of a caller who has too many
 * open for now, and nothing is sent or stored.
 */
class ARoundTooLargeToAskIsNotRetryableTest {

    @Test
    void moreQuestionsAtOnceThanACallerMayHaveOpenIsAnErrorThatIsNotRetried() throws Exception {
        SharedAnswers answers = new SharedAnswers();
        try (var a = LegacyInputFixture.instance(LegacyInputFixture.catalog(answers, new PairTool()),
                "mcp.input.maxPendingPerCaller", "1")) {
            var response = post(a, call("pair", 1), "alice");
            assertNotEquals(429, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Retry-After").isEmpty());
            JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
            assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
            assertEquals("The tool asked more questions at once than this server allows", error.getString("message"));
            assertFalse(error.containsKey("data") && error.getJsonObject("data").getBoolean("retryable", false));
            assertTrue(answers.rows.isEmpty(), "nothing recorded");
        }
    }
}
