package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A task is polled with {@code tasks/get} (the task id in {@code Mcp-Name}) until it ends; its result is checked as a
 * direct answer is; a task offered to a client that did not declare the extension breaks the protocol.
 */
class TasksAreFollowedToTheirResultTest {

    private static final String CREATED = "{\"resultType\":\"task\",\"taskId\":\"task_1\",\"status\":\"working\","
            + "\"createdAt\":\"2026-11-25T10:30:00Z\",\"lastUpdatedAt\":\"2026-11-25T10:30:00Z\",\"ttlMs\":60000,\"pollIntervalMs\":1}";

    private static Reply script(Received request, AtomicInteger polls, String finalResult) {
        return switch (ScriptedServer.method(request)) {
            case "tools/list" -> Reply.json(ScriptedServer.result(request, Scripts.TOOLS));
            case "tools/call" -> Reply.json(ScriptedServer.result(request, CREATED));
            default -> Reply.json(ScriptedServer.result(request, polls.incrementAndGet() < 3
                    ? CREATED.replace("\"resultType\":\"task\"", "\"resultType\":\"complete\"")
                    : "{\"resultType\":\"complete\",\"taskId\":\"task_1\",\"status\":\"completed\",\"result\":" + finalResult + "}"));
        };
    }

    @Test
    void aTaskIsPolledUntilItCompletes() {
        AtomicInteger polls = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request -> script(request, polls, Scripts.WEATHER))) {
            McpTask task = server.client().withTasks().call("get_weather", obj("location", "Seattle")).task();
            assertEquals("working", task.status());
            ToolResult result = task.awaitResult(Duration.ofSeconds(30), "get_weather");
            assertEquals(22.5, result.structured().getJsonNumber("temperature").doubleValue());
            assertEquals(3, polls.get());
            Received poll = server.received.get(server.received.size() - 1);
            assertEquals("tasks/get", poll.header("Mcp-Method"));
            assertEquals("task_1", poll.header("Mcp-Name"));
        }
    }

    @Test
    void aTaskResultIsCheckedAgainstTheOutputSchema() {
        AtomicInteger polls = new AtomicInteger();
        String wrong = Scripts.WEATHER.replace("{\"temperature\":22.5}", "{\"temperature\":\"warm\"}");
        try (ScriptedServer server = new ScriptedServer(request -> script(request, polls, wrong))) {
            McpTask task = server.client().withTasks().call("get_weather", obj("location", "Seattle")).task();
            assertThrows(McpViolation.class, () -> task.awaitResult(Duration.ofSeconds(30), "get_weather"));
        }
    }

    @Test
    void aTaskForAClientWithoutTheExtensionIsAViolation() {
        try (ScriptedServer server = new ScriptedServer(request -> script(request, new AtomicInteger(), Scripts.WEATHER))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().call("get_weather", obj("location", "Seattle")));
            assertTrue(violation.getMessage().contains("tasks extension"), violation.getMessage());
        }
    }
}
