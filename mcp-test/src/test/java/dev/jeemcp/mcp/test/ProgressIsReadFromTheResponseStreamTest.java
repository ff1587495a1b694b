package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress events on the call's event stream come with the result, in order; progress that goes back, or for
 * another token, is a violation.
 */
class ProgressIsReadFromTheResponseStreamTest {

    private static Reply script(Received request, double second) {
        return script(request, second, request.message().getJsonObject("params").getJsonObject("_meta").get("progressToken").toString());
    }

    private static Reply script(Received request, double second, String token) {
        if (ScriptedServer.method(request).equals("tools/list")) {
            return Reply.json(ScriptedServer.result(request, Scripts.TOOLS));
        }
        return Reply.stream(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":" + token + ",\"progress\":1,\"total\":2,\"message\":\"half\"}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":" + token + ",\"progress\":" + second + ",\"total\":2}}",
                ScriptedServer.result(request, Scripts.WEATHER));
    }

    @Test
    void progressEventsComeWithTheResult() {
        try (ScriptedServer server = new ScriptedServer(request -> script(request, 2))) {
            ToolResult result = server.client().withProgress().call("get_weather", obj("location", "Seattle")).assertSuccess();
            assertEquals(List.of(new Progress(1, 2.0, "half"), new Progress(2, 2.0, null)), result.progress());
        }
    }

    @Test
    void progressThatGoesBackIsAViolation() {
        try (ScriptedServer server = new ScriptedServer(request -> script(request, 0.5))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withProgress().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("progress increases"), violation.getMessage());
        }
    }

    @Test
    void progressForAnotherTokenIsAViolation() {
        try (ScriptedServer server = new ScriptedServer(request -> script(request, 2, "\"someone-else\""))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withProgress().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("own progressToken"), violation.getMessage());
        }
    }
}
