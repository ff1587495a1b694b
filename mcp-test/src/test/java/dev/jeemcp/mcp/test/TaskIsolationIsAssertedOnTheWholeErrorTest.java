package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code assertTaskNotVisible} declares the tasks extension itself and requires the foreign task's error to equal the
 * unknown one's in code, HTTP status, message and data: any difference tells the caller the task exists.
 */
class TaskIsolationIsAssertedOnTheWholeErrorTest {

    private static final String REAL = "task_abc123";

    private static Function<Received, Reply> refusing(int realStatus, String realData) {
        return request -> {
            boolean real = REAL.equals(request.message().getJsonObject("params").getString("taskId"));
            String error = "{\"jsonrpc\":\"2.0\",\"id\":" + request.message().get("id") + ",\"error\":{\"code\":-32602,"
                    + "\"message\":\"unknown task\"" + (real && realData != null ? ",\"data\":" + realData : "") + "}}";
            return new Reply(real ? realStatus : 200, "application/json", error, Map.of());
        };
    }

    @Test
    void theSameErrorPassesAndTheCallerDeclaredTasks() {
        try (ScriptedServer server = new ScriptedServer(refusing(200, null))) {
            McpAssertions.assertTaskNotVisible(server.client(), REAL);
            assertTrue(server.received.get(0).message().getJsonObject("params").getJsonObject("_meta")
                    .getJsonObject("io.modelcontextprotocol/clientCapabilities").getJsonObject("extensions")
                    .containsKey("io.modelcontextprotocol/tasks"));
        }
    }

    @Test
    void anotherStatusLeaks() {
        try (ScriptedServer server = new ScriptedServer(refusing(403, null))) {
            AssertionError leak = assertThrows(AssertionError.class, () -> McpAssertions.assertTaskNotVisible(server.client(), REAL));
            assertTrue(leak.getMessage().contains("differently from an unknown one"), leak.getMessage());
        }
    }

    @Test
    void otherDataLeaks() {
        try (ScriptedServer server = new ScriptedServer(refusing(200, "{\"owner\":\"alice\"}"))) {
            AssertionError leak = assertThrows(AssertionError.class, () -> McpAssertions.assertTaskNotVisible(server.client(), REAL));
            assertTrue(leak.getMessage().contains("differently from an unknown one"), leak.getMessage());
        }
    }
}
