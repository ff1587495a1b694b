package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import org.junit.jupiter.api.Test;

/** A field of the wrong type or missing fails as a violation naming the rule, not as a ClassCastException or NPE. */
class MalformedFieldsAreViolationsTest {

    @Test
    void progressWithoutItsValueIsAViolation() {
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.method(request).equals("tools/list")
                ? Reply.json(ScriptedServer.result(request, Scripts.TOOLS))
                : Reply.stream("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                        + request.message().getJsonObject("params").getJsonObject("_meta").get("progressToken") + "}}",
                        ScriptedServer.result(request, Scripts.WEATHER)))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withProgress().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("carries a number progress"), violation.getMessage());
        }
    }

    @Test
    void inputRequestsThatAreNoObjectAreAViolation() {
        String ask = "{\"resultType\":\"input_required\",\"inputRequests\":[1],\"requestState\":\"s\"}";
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> ask))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withElicitation().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("inputRequests is an object"), violation.getMessage());
        }
    }

    @Test
    void anInputRequestThatIsNoObjectIsAViolation() {
        String ask = "{\"resultType\":\"input_required\",\"inputRequests\":{\"confirm\":\"yes?\"}}";
        try (ScriptedServer server = new ScriptedServer(Scripts.tools(request -> ask))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withElicitation().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("each input request is an object"), violation.getMessage());
        }
    }
}
