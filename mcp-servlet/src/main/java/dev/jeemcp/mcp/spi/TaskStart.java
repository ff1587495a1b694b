package dev.jeemcp.mcp.spi;

import jakarta.json.JsonObject;

/**
 * How a tool answered a call it was asked to run as a task ({@link Tool#startTask}): it started one, or it answers at
 * once with a {@code CallToolResult}, as a direct call would, and starts nothing.
 */
public sealed interface TaskStart {

    /** The task was stored, so that {@link McpTasks#find} on any instance knows it. */
    record Started(TaskInfo task) implements TaskStart {
    }

    /**
     * No task: the {@code isError} result a direct call would give, for arguments the tool refuses (SEP-1303: the
     * model reads it and corrects its call) or a caller who may start no task of the tool (one without a tenant, say).
     */
    record Answered(JsonObject result) implements TaskStart {
    }
}
