package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.DECLARING;
import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.dispatch;
import static dev.jeemcp.mcp.servlet.internal.TaskFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.MemoryTasks;
import dev.jeemcp.mcp.servlet.internal.TaskFixtures.SlowTool;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * tasks/get shows what each status carries; tasks/update and tasks/cancel acknowledge with an empty result; an
 * unknown task is -32602, a client without the extension -32021, and the Mcp-Name header must carry the task id.
 */
class TaskMethodsTest {

    private final MemoryTasks tasks = new MemoryTasks();
    private final Dispatcher dispatcher = new Dispatcher(TaskFixtures.catalog(tasks, new SlowTool(tasks)), McpSettings.defaults());

    private JsonObject send(String method, String taskId, String extra) {
        String members = "\"taskId\":\"" + taskId + "\"" + (extra.isEmpty() ? "" : "," + extra);
        return dispatch(dispatcher, request(method, members, DECLARING), taskId);
    }

    private McpProtocolException fails(String method, String members, String capabilities, String name) {
        return assertThrows(McpProtocolException.class, () -> dispatch(dispatcher, request(method, members, capabilities), name));
    }

    @Test
    void getShowsTheResultOfACompletedTask() {
        tasks.put("task_a", Status.COMPLETED, Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],\"isError\":false}"));
        JsonObject task = send("tasks/get", "task_a", "");
        assertEquals("complete", task.getString("resultType"));
        assertEquals("completed", task.getString("status"));
        assertEquals("ok", task.getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
        assertFalse(task.containsKey("error"));
    }

    @Test
    void getShowsTheErrorOfAFailedTaskAndTheRequestsOfOneWaitingForInput() {
        tasks.put("task_f", Status.FAILED, Fixtures.json("{\"code\":-32603,\"message\":\"The server running the task stopped\"}"));
        assertEquals(McpErrorCodes.INTERNAL_ERROR, send("tasks/get", "task_f", "").getJsonObject("error").getInt("code"));
        tasks.put("task_i", Status.INPUT_REQUIRED, Fixtures.json("{\"approve\":{\"method\":\"elicitation/create\",\"params\":{}}}"));
        JsonObject waiting = send("tasks/get", "task_i", "");
        assertEquals("input_required", waiting.getString("status"));
        assertEquals("elicitation/create", waiting.getJsonObject("inputRequests").getJsonObject("approve").getString("method"));
    }

    @Test
    void updatePassesTheResponsesOnAndAcknowledges() {
        tasks.put("task_i", Status.INPUT_REQUIRED, Fixtures.json("{}"));
        JsonObject ack = send("tasks/update", "task_i", "\"inputResponses\":{\"approve\":{\"action\":\"accept\"}}");
        assertEquals("{\"resultType\":\"complete\"}", withoutMeta(ack));
        assertEquals("{\"approve\":{\"action\":\"accept\"}}", tasks.inputs.get("task_i").toString());
        assertEquals(McpErrorCodes.INVALID_PARAMS, fails("tasks/update", "\"taskId\":\"task_i\"", DECLARING, "task_i").code());
    }

    @Test
    void cancelAcknowledges() {
        tasks.put("task_w", Status.WORKING, null);
        assertEquals("{\"resultType\":\"complete\"}", withoutMeta(send("tasks/cancel", "task_w", "")));
        assertEquals("cancelled", send("tasks/get", "task_w", "").getString("status"));
    }

    @Test
    void anUnknownTaskIsInvalidParams() {
        for (String method : new String[] {"tasks/get", "tasks/update", "tasks/cancel"}) {
            String extra = method.equals("tasks/update") ? ",\"inputResponses\":{}" : "";
            assertEquals(McpErrorCodes.INVALID_PARAMS, fails(method, "\"taskId\":\"task_nope\"" + extra, DECLARING, "task_nope").code(), method);
        }
    }

    @Test
    void aClientWithoutTheExtensionMayNotUseTasks() {
        tasks.put("task_a", Status.WORKING, null);
        McpProtocolException error = fails("tasks/get", "\"taskId\":\"task_a\"", "{}", "task_a");
        assertEquals(McpErrorCodes.MISSING_CLIENT_CAPABILITY, error.code());
        assertEquals("{\"requiredCapabilities\":{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}}", error.data().toString());
    }

    @Test
    void theNameHeaderMustCarryTheTaskId() {
        tasks.put("task_a", Status.WORKING, null);
        assertEquals(McpErrorCodes.HEADER_MISMATCH, fails("tasks/get", "\"taskId\":\"task_a\"", DECLARING, "task_b").code());
        assertEquals(McpErrorCodes.HEADER_MISMATCH, fails("tasks/get", "\"taskId\":\"task_a\"", DECLARING, null).code());
    }

    @Test
    void removedTaskMethodsAreUnknown() {
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, fails("tasks/result", "\"taskId\":\"task_a\"", DECLARING, null).code());
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, fails("tasks/list", "", DECLARING, null).code());
    }

    private static String withoutMeta(JsonObject result) {
        return JsonIo.PROVIDER.createObjectBuilder(result).remove("_meta").build().toString();
    }
}
