package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Answers for the tasks that tools started: the {@code io.modelcontextprotocol/tasks} extension of the 2026-07-28
 * revision. A catalog offers it through {@link McpCatalog#tasks()}; the servlet then advertises the extension, asks a
 * {@linkplain Tool#mayRunAsTask() task tool} to {@linkplain Tool#startTask start a task} for a {@code tools/call}
 * whose request declared the extension, and routes {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel}
 * here.
 *
 * <p>Because requests about a task may reach any instance behind a load balancer, an implementation keeps tasks
 * where every instance sees them (the {@code mcp-cdi} module: the application's database), and must check on every
 * call that the task belongs to the caller. An unknown, foreign and expired task are answered alike.
 */
public interface McpTasks {

    /** The caller's task with that id, or empty when there is none, it is another caller's, or it has expired. */
    Optional<TaskInfo> find(String taskId, McpRequest request);

    /**
     * Gives a task that is {@code input_required} the answers it asked for; it then works on. Answers to requests
     * that are not outstanding are ignored, and so is a task in any other status.
     *
     * @return {@code false} when there is no such task of the caller
     */
    boolean provideInput(String taskId, JsonObject inputResponses, McpRequest request);

    /**
     * Asks the task to stop. Cancellation is cooperative: the tool sees {@link McpRequest#isCancelled()} and may
     * still finish; a task waiting for input is cancelled at once; a finished task stays as it is.
     *
     * @return {@code false} when there is no such task of the caller
     */
    boolean cancel(String taskId, McpRequest request);
}
