package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.DECLARING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.MemoryTasks;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A tool that answers a task request at once (its caller has no tenant, say) gives the client that {@code isError}
 * result, as a direct call would give a tool exception: not a JSON-RPC error, and no task. The servlet cannot start a
 * task itself, so that no row is written is proven where tasks are stored: {@code TaskFloodTest} and
 * {@code TaskLifecycleTest} in mcp-cdi.
 */
class TaskRefusalIsToolResultTest {

    record Anything() implements Tool {
        public String name() {
            return "underwrite";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"underwrite\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public boolean mayRunAsTask() {
            return true;
        }

        @Override
        public TaskStart startTask(JsonObject arguments, McpRequest request) {
            return new TaskStart.Answered(Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"no tenant\"}],\"isError\":true}"));
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return Fixtures.json("{\"content\":[],\"isError\":false}");
        }
    }

    private final MemoryTasks tasks = new MemoryTasks();

    @Test
    void theRefusalIsTheResultAndNoTaskIsStarted() {
        Dispatcher dispatcher = new Dispatcher(TaskFixtures.catalog(tasks, new Anything()), McpSettings.defaults());
        JsonObject result = TaskFixtures.dispatch(dispatcher,
                TaskFixtures.request("tools/call", "\"name\":\"underwrite\",\"arguments\":{}", DECLARING), "underwrite");
        assertTrue(result.getBoolean("isError"), result.toString());
        assertEquals("no tenant", result.getJsonArray("content").getJsonObject(0).getString("text"));
        assertTrue(tasks.tasks.isEmpty(), "no task was started");
    }
}
