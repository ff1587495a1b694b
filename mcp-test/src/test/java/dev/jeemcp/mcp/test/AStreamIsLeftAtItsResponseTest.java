package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The response ends the exchange, not the stream: a server may keep the stream open with keep-alives after it (the
 * final response only SHOULD end it), and a stream or body that never brings the response fails at the deadline or
 * at the kit's size bound instead of hanging the test or filling its memory.
 */
class AStreamIsLeftAtItsResponseTest {

    @Test
    void keepAlivesAfterTheResponseDoNotHoldTheCall() {
        try (ScriptedServer server = new ScriptedServer(request -> "tools/call".equals(ScriptedServer.method(request))
                ? Reply.stream(ScriptedServer.result(request, Scripts.WEATHER)).forever(":\n\n")
                : Scripts.tools(call -> Scripts.WEATHER).apply(request))) {
            ToolResult weather = server.client().call("get_weather", obj("location", "Seattle")).assertSuccess();
            assertEquals(22.5, weather.structured().getJsonNumber("temperature").doubleValue());
        }
    }

    @Test
    void aStreamWithoutTheResponseFailsAtTheDeadline() {
        try (ScriptedServer server = new ScriptedServer(request -> Reply.stream().forever(":\n\n"))) {
            McpViolation violation = assertThrows(McpViolation.class,
                    () -> server.client().withTimeout(Duration.ofMillis(300)).discover());
            assertTrue(violation.getMessage().contains("is answered within PT0.3S"), violation.getMessage());
        }
    }

    @Test
    void anEndlessBodyFailsAtTheBound() {
        String comment = ":" + "x".repeat(64 * 1024) + "\n\n";
        try (ScriptedServer server = new ScriptedServer(request -> Reply.stream().forever(comment))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().discover());
            assertTrue(violation.getMessage().contains("(the kit's bound) -- but it went on"), violation.getMessage());
        }
    }
}
