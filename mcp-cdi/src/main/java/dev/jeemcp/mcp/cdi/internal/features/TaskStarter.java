package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.TaskStart;
import jakarta.json.JsonObject;

/**
 * Where a tool starts its tasks: implemented by the task runtime, which depends on the features, so that a tool reaches
 * it without depending on it.
 */
public interface TaskStarter {

    /**
     * Starts the call as a task, or answers it at once with the {@code isError} result a direct call would give when
     * the caller may start no task of the tool. The tool has checked the arguments.
     */
    TaskStart start(ToolMethod tool, JsonObject arguments, McpRequest request);
}
