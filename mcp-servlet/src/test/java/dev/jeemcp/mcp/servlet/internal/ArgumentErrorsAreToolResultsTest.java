package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.DECLARING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.MemoryTasks;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Argument values a tool refuses are its {@code isError} result on both protocol eras, also when the call could have
 * become a task (SEP-1303), while a malformed request and an unknown tool stay JSON-RPC {@code -32602}.
 */
class ArgumentErrorsAreToolResultsTest {

    /** A task tool that wants {@code {"n": <number>}}, and starts its tasks in {@code tasks}. */
    record Strict(MemoryTasks tasks) implements Tool {
        public String name() {
            return "strict";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"strict\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public boolean mayRunAsTask() {
            return true;
        }

        private static Optional<JsonObject> rejected(JsonObject arguments) {
            return arguments.get("n") instanceof jakarta.json.JsonNumber ? Optional.empty()
                    : Optional.of(Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"n: expected number\"}],\"isError\":true}"));
        }

        @Override
        public TaskStart startTask(JsonObject arguments, McpRequest request) {
            return rejected(arguments).<TaskStart>map(TaskStart.Answered::new).orElseGet(tasks::start);
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return rejected(arguments).orElse(Fixtures.json("{\"content\":[],\"isError\":false}"));
        }
    }

    private final MemoryTasks tasks = new MemoryTasks();
    private final Dispatcher dispatcher = new Dispatcher(TaskFixtures.catalog(tasks, new Strict(tasks)), McpSettings.defaults());

    private JsonObject modern(String params, String capabilities) {
        return TaskFixtures.dispatch(dispatcher, TaskFixtures.request("tools/call", params, capabilities), "strict");
    }

    @Test
    void aTaskIsNotCreatedForInvalidArgumentsTheResultSaysWhy() {
        JsonObject result = modern("\"name\":\"strict\",\"arguments\":{\"n\":\"x\"}", DECLARING);
        assertTrue(result.getBoolean("isError"));
        assertEquals("complete", result.getString("resultType"));
        assertEquals("n: expected number", result.getJsonArray("content").getJsonObject(0).getString("text"));
        assertTrue(tasks.tasks.isEmpty(), "no task was started");
        assertEquals("task", modern("\"name\":\"strict\",\"arguments\":{\"n\":1}", DECLARING).getString("resultType"));
    }

    @Test
    void aLegacyClientGetsTheSameResult() {
        JsonRpcRequest request = Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"strict\",\"arguments\":{}}}");
        JsonObject result = dispatcher.dispatch(request, Fixtures.establish(request, Fixtures.headers("MCP-Protocol-Version", "2025-11-25")));
        assertTrue(result.getBoolean("isError"));
        assertEquals("n: expected number", result.getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void malformedRequestsAndUnknownToolsStayProtocolErrors() {
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(McpProtocolException.class,
                () -> modern("\"name\":\"strict\",\"arguments\":[1]", "{}")).code());
        JsonRpcRequest nameless = Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}");
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(McpProtocolException.class, () -> dispatcher.dispatch(nameless,
                Fixtures.establish(nameless, Fixtures.headers("MCP-Protocol-Version", "2025-11-25")))).code());
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(McpProtocolException.class,
                () -> TaskFixtures.dispatch(dispatcher, TaskFixtures.request("tools/call", "\"name\":\"nope\"", "{}"), "nope")).code());
    }
}
