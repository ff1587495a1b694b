package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.DECLARING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.MemoryTasks;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A caller the task store refuses (one without a tenant) gets the store's {@code isError} result, as a direct call
 * would give a tool exception, and no task: not a JSON-RPC error.
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

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return Fixtures.json("{\"content\":[],\"isError\":false}");
        }
    }

    private final MemoryTasks tasks = new MemoryTasks() {
        @Override
        public Optional<JsonObject> refusal(Tool tool, McpRequest request) {
            return Optional.of(Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"no tenant\"}],\"isError\":true}"));
        }
    };

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
