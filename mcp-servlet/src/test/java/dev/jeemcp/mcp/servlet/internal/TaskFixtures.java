package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.McpTasks;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog with one tool that may run as a task, and a task store in memory that records what it was asked. */
final class TaskFixtures {

    static final String DECLARING = "{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}";
    static final Instant CREATED = Instant.parse("2026-11-26T10:00:00Z");

    private TaskFixtures() {
    }

    /** A slow tool; called directly, it returns {@code {"done":true}}, asked for a task it starts one in {@code tasks}. */
    record SlowTool(MemoryTasks tasks) implements Tool {
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
            return tasks.start();
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return Fixtures.json("{\"content\":[],\"structuredContent\":{\"done\":true}}");
        }
    }

    /** A tool that runs only as a task, in {@code tasks}. */
    record TaskOnlyTool(MemoryTasks tasks) implements Tool {
        public String name() {
            return "reindex";
        }

        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"reindex\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public boolean mayRunAsTask() {
            return true;
        }

        @Override
        public boolean requiresTask() {
            return true;
        }

        @Override
        public TaskStart startTask(JsonObject arguments, McpRequest request) {
            return tasks.start();
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw new AssertionError("never called directly");
        }
    }

    /** Keeps tasks in a map, all owned by whoever asks: the protocol layer is under test here, not the store. */
    static class MemoryTasks implements McpTasks {
        final Map<String, TaskInfo> tasks = new ConcurrentHashMap<>();
        final Map<String, JsonObject> inputs = new ConcurrentHashMap<>();

        TaskInfo put(String id, TaskInfo.Status status, JsonObject detail) {
            TaskInfo task = new TaskInfo(id, status, status == TaskInfo.Status.WORKING ? "Underwriting" : null, CREATED,
                    CREATED.plusSeconds(5), 3_600_000L, 1000L, detail);
            tasks.put(id, task);
            return task;
        }

        /** What a tool answers when asked to start a task: the task {@code task_new}, working. */
        TaskStart start() {
            return new TaskStart.Started(put("task_new", TaskInfo.Status.WORKING, null));
        }

        @Override
        public Optional<TaskInfo> find(String taskId, McpRequest request) {
            return Optional.ofNullable(tasks.get(taskId));
        }

        @Override
        public boolean provideInput(String taskId, JsonObject inputResponses, McpRequest request) {
            inputs.put(taskId, inputResponses);
            return tasks.containsKey(taskId);
        }

        @Override
        public boolean cancel(String taskId, McpRequest request) {
            return tasks.computeIfPresent(taskId, (id, task) -> put(id, TaskInfo.Status.CANCELLED, null)) != null;
        }
    }

    static McpCatalog catalog(McpTasks tasks, Tool... tools) {
        McpCatalog plain = Fixtures.catalog(tools);
        return new McpCatalog() {
            public List<Tool> tools() {
                return plain.tools();
            }

            @Override
            public Optional<McpTasks> tasks() {
                return Optional.of(tasks);
            }
        };
    }

    /** A 2026-07-28 request with those client capabilities. */
    static JsonRpcRequest request(String method, String paramMembers, String capabilities) {
        String members = paramMembers.isEmpty() ? "" : paramMembers + ",";
        return Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":{" + members
                + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + "}}}");
    }

    static JsonObject dispatch(Dispatcher dispatcher, JsonRpcRequest request, String name) {
        var headers = name == null ? Fixtures.modernHeaders(request.method())
                : Fixtures.headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", request.method(), "Mcp-Name", name);
        return dispatcher.dispatch(request, Fixtures.establish(request, headers));
    }
}
