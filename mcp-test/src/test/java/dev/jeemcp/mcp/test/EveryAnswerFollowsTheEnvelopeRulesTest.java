package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON-RPC and 2026-07-28 rules every answer is held to: no session, the request's id, one of result and error,
 * a resultType, the cache fields of a cacheable result, the fixed statuses of the transport's errors.
 */
class EveryAnswerFollowsTheEnvelopeRulesTest {

    private static McpViolation violation(java.util.function.Function<ScriptedServer.Received, Reply> script) {
        try (ScriptedServer server = new ScriptedServer(script)) {
            return assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
        }
    }

    @Test
    void aSessionIdIsRefused() {
        McpViolation violation = violation(request -> new Reply(200, "application/json",
                ScriptedServer.result(request, Scripts.TOOLS), Map.of("Mcp-Session-Id", "abc")));
        assertTrue(violation.getMessage().contains("Mcp-Session-Id"), violation.getMessage());
    }

    @Test
    void anotherIdIsRefused() {
        McpViolation violation = violation(request -> Reply.json(
                "{\"jsonrpc\":\"2.0\",\"id\":\"other\",\"result\":" + Scripts.TOOLS + "}"));
        assertTrue(violation.getMessage().contains("request's id"), violation.getMessage());
    }

    @Test
    void aResultWithoutResultTypeIsRefused() {
        McpViolation violation = violation(Scripts.tools(request -> Scripts.WEATHER.replace("\"resultType\":\"complete\",", "")));
        assertTrue(violation.getMessage().contains("resultType"), violation.getMessage());
    }

    @Test
    void aListWithoutCacheFieldsIsRefused() {
        McpViolation violation = violation(request -> Reply.json(ScriptedServer.result(request,
                Scripts.TOOLS.replace("\"ttlMs\":0,", ""))));
        assertTrue(violation.getMessage().contains("ttlMs"), violation.getMessage());
    }

    @Test
    void bothResultAndErrorAreRefused() {
        McpViolation violation = violation(request -> Reply.json("{\"jsonrpc\":\"2.0\",\"id\":" + request.message().get("id")
                + ",\"result\":" + Scripts.TOOLS + ",\"error\":{\"code\":-32603,\"message\":\"x\"}}"));
        assertTrue(violation.getMessage().contains("exactly one"), violation.getMessage());
    }

    @Test
    void aHeaderMismatchMustBe400() {
        McpViolation violation = violation(request -> new Reply(200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":"
                + request.message().get("id") + ",\"error\":{\"code\":" + McpErrorCodes.HEADER_MISMATCH + ",\"message\":\"x\"}}", Map.of()));
        assertTrue(violation.getMessage().contains("HTTP 400"), violation.getMessage());
    }

    @Test
    void aServerRequestOnTheStreamIsRefused() {
        McpViolation violation = violation(request -> ScriptedServer.method(request).equals("tools/list")
                ? Reply.json(ScriptedServer.result(request, Scripts.TOOLS))
                : Reply.stream("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"elicitation/create\",\"params\":{}}",
                        ScriptedServer.result(request, Scripts.WEATHER)));
        assertTrue(violation.getMessage().contains("no server requests"), violation.getMessage());
    }

    @Test
    void anErrorIsThrownWithItsCode() {
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.method(request).equals("tools/list")
                ? Reply.json(ScriptedServer.result(request, Scripts.TOOLS))
                : Reply.json("{\"jsonrpc\":\"2.0\",\"id\":" + request.message().get("id") + ",\"error\":{\"code\":"
                        + McpErrorCodes.INVALID_PARAMS + ",\"message\":\"Unknown tool: nope\"}}"))) {
            McpErrorResponse error = assertThrows(McpErrorResponse.class, () -> server.client().call("nope", obj()));
            assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
            assertEquals("Unknown tool: nope", error.errorMessage());
        }
    }
}
