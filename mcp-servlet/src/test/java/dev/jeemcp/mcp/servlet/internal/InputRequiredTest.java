package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A tool asks for input with input_required and resumes, on any instance, when the client retries. */
class InputRequiredTest {

    /** Asks for a confirmation, then answers with what the user said and the state it carried. */
    record ConfirmingTool() implements Tool {
        @Override
        public String name() {
            return "bind";
        }

        @Override
        public JsonObject definition() {
            return json("{\"name\":\"bind\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            if (!request.inputResponses().containsKey("confirm")) {
                throw InputRequired.builder()
                        .elicit("confirm", "Bind it?", json("{\"type\":\"object\",\"properties\":{\"ok\":{\"type\":\"boolean\"}}}"))
                        .state(json("{\"quote\":\"quote_1\"}"))
                        .build();
            }
            return JsonIo.object().add("content", JsonIo.array())
                    .add("structuredContent", JsonIo.object()
                            .add("answer", request.inputResponses().getJsonObject("confirm"))
                            .add("state", request.state())
                            .add("received", request.inputResponses().keySet().toString()))
                    .build();
        }
    }

    private static final String KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    private static Dispatcher instance() {
        return new Dispatcher(Fixtures.catalog(new ConfirmingTool()), Fixtures.settings("mcp.requestStateKey", KEY));
    }

    private static JsonObject call(Dispatcher dispatcher, String capabilities, String extraParams) {
        var rpc = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"bind\"" + extraParams
                + ",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + "}}}");
        var context = RequestEra.establish(rpc,
                headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "bind"), () -> "alice", r -> false);
        return dispatcher.dispatch(rpc, context);
    }

    @Test
    void theFirstAttemptAnswersInputRequiredWithASealedState() {
        JsonObject result = call(instance(), "{\"elicitation\":{}}", "");
        assertEquals("input_required", result.getString("resultType"));
        assertEquals("elicitation/create", result.getJsonObject("inputRequests").getJsonObject("confirm").getString("method"));
        assertEquals("form", result.getJsonObject("inputRequests").getJsonObject("confirm").getJsonObject("params").getString("mode"));
        assertEquals(3, result.getString("requestState").split("\\.").length, "key id, payload, MAC");
    }

    @Test
    void theRetryResumesOnAnotherInstanceWithAnswersAndState() {
        String state = call(instance(), "{\"elicitation\":{}}", "").getString("requestState");
        JsonObject result = call(instance(), "{\"elicitation\":{}}",
                ",\"inputResponses\":{\"confirm\":{\"action\":\"accept\",\"content\":{\"ok\":true}}},\"requestState\":\"" + state + "\"");
        assertEquals("complete", result.getString("resultType"));
        assertEquals("{\"action\":\"accept\",\"content\":{\"ok\":true}}", result.getJsonObject("structuredContent").getJsonObject("answer").toString());
        assertEquals("{\"quote\":\"quote_1\"}", result.getJsonObject("structuredContent").getJsonObject("state").toString());
    }

    @Test
    void answersWithoutAStateNeverReachTheMethod() {
        JsonObject result = call(instance(), "{\"elicitation\":{}}",
                ",\"inputResponses\":{\"confirm\":{\"action\":\"accept\",\"content\":{\"ok\":true}}}");
        assertEquals("input_required", result.getString("resultType"), "the method saw a first attempt");
    }

    @Test
    void onlyTheAnswersTheServerAskedForReachTheMethod() {
        String state = call(instance(), "{\"elicitation\":{}}", "").getString("requestState");
        JsonObject result = call(instance(), "{\"elicitation\":{}}", ",\"inputResponses\":{\"confirm\":{\"action\":\"accept\"},"
                + "\"approval\":{\"action\":\"accept\"}},\"requestState\":\"" + state + "\"");
        assertEquals("{\"action\":\"accept\"}", result.getJsonObject("structuredContent").getJsonObject("answer").toString());
        assertEquals("[confirm]", result.getJsonObject("structuredContent").getString("received"));
    }

    @Test
    void aClientWithoutTheCapabilityGetsMissingCapability() {
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> call(instance(), "{}", ""));
        assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, error.code());
        assertEquals("{\"requiredCapabilities\":{\"elicitation\":{}}}", error.data().toString());
    }

    @Test
    void aTamperedStateOnRetryIsInvalidParams() {
        McpProtocolException error = assertThrows(McpProtocolException.class, () -> call(instance(), "{\"elicitation\":{}}",
                ",\"inputResponses\":{\"confirm\":{\"action\":\"accept\"}},\"requestState\":\"eyJ4IjoxfQ.AAAA\""));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
    }
}
