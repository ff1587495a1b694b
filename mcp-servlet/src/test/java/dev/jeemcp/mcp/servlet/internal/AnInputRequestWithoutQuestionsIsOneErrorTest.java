package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A tool that throws {@link InputRequired} without any input request asks nothing a client could answer: a 2025-era
 * call ends at once with one clear error, instead of calling the tool again for every allowed round.
 */
class AnInputRequestWithoutQuestionsIsOneErrorTest {

    record AskingNothingTool(AtomicInteger calls) implements Tool {
        @Override
        public String name() {
            return "nothing";
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"nothing\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            calls.incrementAndGet();
            throw InputRequired.builder().state(Fixtures.json("{\"step\":1}")).build();
        }
    }

    @Test
    void theToolIsCalledOnceAndTheCallEndsWithAnError() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SharedAnswers answers = new SharedAnswers();
        try (var a = LegacyInputFixture.instance(LegacyInputFixture.catalog(answers, new AskingNothingTool(calls)),
                "mcp.input.maxRounds", "8")) {
            var response = post(a, call("nothing", 1), "alice");
            JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
            assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"), response.body());
            assertEquals("The tool asked for input without any input request", error.getString("message"));
            assertFalse(error.containsKey("data") && error.getJsonObject("data").getBoolean("retryable", false));
            assertEquals(1, calls.get(), "called once, not once per round");
            assertEquals(true, answers.rows.isEmpty());
        }
    }
}
