package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.answer;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A sampling request that offers the model tools ({@code tools}, {@code toolChoice}, added in 2025-11-25 by SEP-1577)
 * is never sent to a client of an earlier revision: it would not know them, and dropping them would ask the model
 * another question than the tool asked. Such a call ends with {@code -32021}, as an URL-mode elicitation does there.
 */
class SamplingWithToolsIsNotSentToOlderClientsTest {

    record SamplingWithToolsTool(String field) implements Tool {
        @Override
        public String name() {
            return "sample_" + field;
        }

        @Override
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name() + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (request.inputResponses().isEmpty()) {
                String offer = "tools".equals(field)
                        ? "\"tools\":[{\"name\":\"lookup\",\"inputSchema\":{\"type\":\"object\"}}]"
                        : "\"toolChoice\":{\"mode\":\"none\"}";
                throw InputRequired.builder().sample("answer", Fixtures.json("{\"messages\":[{\"role\":\"user\","
                        + "\"content\":{\"type\":\"text\",\"text\":\"Which?\"}}],\"maxTokens\":50," + offer + "}")).build();
            }
            return Fixtures.json("{\"content\":[]}");
        }
    }

    private final SharedAnswers answers = new SharedAnswers();
    private final McpCatalog catalog = LegacyInputFixture.catalog(answers, new SamplingWithToolsTool("tools"),
            new SamplingWithToolsTool("toolChoice"));

    @Test
    void a2025_06_18ClientIsNotAskedAndTheCallEndsWithInputRequired() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            for (String tool : new String[] {"sample_tools", "sample_toolChoice"}) {
                var response = a.send(a.post(call(tool, 1), "MCP-Protocol-Version", "2025-06-18", "X-Test-Caller", "alice"));
                JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
                assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, error.getInt("code"), response.body());
                assertTrue(answers.rows.isEmpty(), "nothing asked");
            }
        }
    }

    @Test
    void a2025_11_25ClientIsAskedWithTheTools() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("sample_tools", 1), LegacyInputFixture.headers("alice"));
            JsonObject asked = stream.next();
            assertEquals("sampling/createMessage", asked.getString("method"));
            assertEquals("lookup", asked.getJsonObject("params").getJsonArray("tools").getJsonObject(0).getString("name"));
            assertEquals(202, LegacyInputFixture.post(a, answer(asked.getString("id"),
                    "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"A\"},\"model\":\"m\"}"), "alice").statusCode());
            assertTrue(stream.next().containsKey("result"));
        }
    }
}
