package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Runs tools as tasks and answers for them afterwards: the {@code io.modelcontextprotocol/tasks} extension of the
 * 2026-07-28 revision. A catalog offers it through {@link McpCatalog#tasks()}; the servlet then advertises the
 * extension, answers {@code tools/call} of a {@linkplain Tool#mayRunAsTask() task tool} with a task when the request
 * declared the extension, and routes {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel} here.
 *
 * <p>Because requests about a task may reach any instance behind a load balancer, an implementation keeps tasks
 * where every instance sees them (the {@code mcp-cdi} module: the application's database), and must check on every
 * call that the task belongs to the caller. An unknown, foreign and expired task are answered alike.
 */
public interface McpTasks {

    /**
     * Starts the call as a task and returns once the task is stored, so that {@link #find} on any instance knows it.
     *
     * @param arguments the {@code arguments} of the {@code tools/call}
     * @throws McpProtocolException when the request is wrong, for example arguments that fail the schema
     */
    TaskInfo start(Tool tool, JsonObject arguments, McpRequest request);

    /**
     * The {@code isError} result that answers this caller instead of a task, when the caller may start no task of
     * that tool (it belongs to no tenant, say): a tool execution error, as a direct call would give, not a protocol
     * fault. The servlet asks before {@link #start}; the default refuses nobody.
     */
    default Optional<JsonObject> refusal(Tool tool, McpRequest request) {
        return Optional.empty();
    }

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
