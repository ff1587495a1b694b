package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.spi.TaskInfo;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A task on the wire: the flat {@code CreateTaskResult} of {@code tools/call}, and the {@code DetailedTask} of {@code tasks/get}. */
final class TaskResults {

    private TaskResults() {
    }

    /** {@code resultType: "task"} and the task's fields, in place of a {@code CallToolResult}. */
    static JsonObject created(TaskInfo task) {
        return fields(task).add(Wire.Result.RESULT_TYPE, Wire.Tasks.RESULT_TYPE_TASK).build();
    }

    /** The task with what its status carries: input requests, the tool's result, or the error. */
    static JsonObject detailed(TaskInfo task) {
        JsonObjectBuilder result = fields(task);
        if (task.detail() != null) {
            switch (task.status()) {
                case INPUT_REQUIRED -> result.add(Wire.Tasks.INPUT_REQUESTS, task.detail());
                case COMPLETED -> result.add(Wire.Tasks.RESULT, task.detail());
                case FAILED -> result.add(Wire.Tasks.ERROR, task.detail());
                default -> {
                }
            }
        }
        return result.build();
    }

    private static JsonObjectBuilder fields(TaskInfo task) {
        JsonObjectBuilder fields = JsonIo.object()
                .add(Wire.Tasks.TASK_ID, task.taskId())
                .add(Wire.Tasks.STATUS, Wire.Tasks.status(task.status()))
                .add(Wire.Tasks.CREATED_AT, task.createdAt().toString())
                .add(Wire.Tasks.LAST_UPDATED_AT, task.lastUpdatedAt().toString());
        if (task.statusMessage() != null) {
            fields.add(Wire.Tasks.STATUS_MESSAGE, task.statusMessage());
        }
        if (task.ttlMs() == null) {
            fields.addNull(Wire.Tasks.TTL_MS); // null means kept without limit
        } else {
            fields.add(Wire.Tasks.TTL_MS, task.ttlMs());
        }
        if (task.pollIntervalMs() != null) {
            fields.add(Wire.Tasks.POLL_INTERVAL_MS, task.pollIntervalMs());
        }
        return fields;
    }
}
