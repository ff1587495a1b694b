package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * An {@code input_required} answer is retried with the responses, the same arguments, the {@code requestState}
 * echoed and a new id; and a server that asks a client for a kind of input it did not declare breaks the protocol.
 */
class InputRequestsAreAnsweredByRetryingTest {

    private static final String ASK = "{\"resultType\":\"input_required\",\"inputRequests\":{\"confirm\":{\"method\":\"elicitation/create\","
            + "\"params\":{\"mode\":\"form\",\"message\":\"Sure?\",\"requestedSchema\":{\"type\":\"object\",\"properties\":"
            + "{\"ok\":{\"type\":\"boolean\"}}}}}},\"requestState\":\"sealed-1\"}";

    private static String script(Received request) {
        return request.message().getJsonObject("params").containsKey("inputResponses") ? Scripts.WEATHER : ASK;
    }

    @Test
    void theRetryCarriesTheResponsesAndTheState() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(InputRequestsAreAnsweredByRetryingTest::script))) {
            ToolResult asked = server.client().withElicitation().call("get_weather", obj("location", "Seattle"));
            assertTrue(asked.isInputRequired());
            assertEquals("elicitation/create", asked.inputRequests().get("confirm").getString("method"));
            asked.respond("confirm", Input.accept("ok", true)).assertSuccess();

            JsonObject first = server.received.get(1).message();
            JsonObject retry = server.received.get(2).message();
            assertNotEquals(first.get("id"), retry.get("id"), "a retry is a new request");
            assertEquals(first.getJsonObject("params").get("arguments"), retry.getJsonObject("params").get("arguments"));
            assertEquals("sealed-1", retry.getJsonObject("params").getString("requestState"));
            assertEquals("accept", retry.getJsonObject("params").getJsonObject("inputResponses").getJsonObject("confirm").getString("action"));
        }
    }

    @Test
    void anUndeclaredKindOfInputIsAViolation() {
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(InputRequestsAreAnsweredByRetryingTest::script))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("declared elicitation"), violation.getMessage());
        }
    }
}
