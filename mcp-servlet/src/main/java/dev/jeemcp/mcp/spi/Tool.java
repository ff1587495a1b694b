package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One callable tool: its wire description and how to call it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Tool extends Feature {

    /** The name clients call it by; unique within a catalog. */
    String name();

    /**
     * Whether a call may be answered with a task when the client declared the tasks extension: the tool takes long
     * enough that the client should poll for its result rather than hold the request open. A client without the
     * extension gets the result of a normal call.
     */
    default boolean mayRunAsTask() {
        return false;
    }

    /**
     * Whether a call must be answered with a task: a request that did not declare the tasks extension is refused
     * with {@code -32021} rather than called. Implies {@link #mayRunAsTask()}.
     */
    default boolean requiresTask() {
        return false;
    }

    /**
     * Answers a call as a task: asked instead of {@link #call} when the tool {@linkplain #mayRunAsTask() may run as a
     * task}, the catalog {@linkplain McpCatalog#tasks() runs tasks} and the request declared the tasks extension. The
     * tool decides alone: it starts a task, or answers at once and starts none (invalid arguments make no task). A
     * tool that may run as a task must implement it; the default is for tools that never do.
     *
     * @param arguments the {@code arguments} object of the request, empty when the client sent none
     * @param request the request being served
     * @throws McpProtocolException when the request itself is wrong in a way the model cannot correct
     */
    default TaskStart startTask(JsonObject arguments, McpRequest request) {
        throw new UnsupportedOperationException("Tool " + name() + " does not run as a task");
    }

    /**
     * Whether the tool answers later: its calls go through {@link #callLater}, and the servlet holds the request open
     * (Servlet async) until the stage completes, instead of a container thread. Fixed at deploy time, so that the
     * servlet decides per tool, once, and a tool that answers at once costs nothing more.
     */
    default boolean answersLater() {
        return false;
    }

    /**
     * Calls a tool that {@linkplain #answersLater() answers later}: everything {@link #call} does before the work
     * runs (argument checks, binding) happens on the calling thread, and the result arrives with the stage.
     *
     * <p>The stage completes with what {@link #call} would return, or exceptionally with what it would throw (an
     * {@link McpProtocolException}, an {@link dev.jeemcp.mcp.InputRequired}, an unreachable resource). It may complete
     * on any thread, after the request's own thread returned: what completes it must not need that thread's context.
     * The servlet cancels it ({@link CompletableFuture#cancel}) when it outlives {@code mcp.asyncTimeoutMs} or the
     * client leaves; an implementation passes that on to the work it waits for. The default answers at once, with
     * {@link #call}.
     *
     * @param arguments the {@code arguments} object of the request, empty when the client sent none
     * @param request the request being served
     * @throws McpProtocolException when the request itself is wrong in a way the model cannot correct
     */
    default CompletionStage<JsonObject> callLater(JsonObject arguments, McpRequest request) {
        return CompletableFuture.completedFuture(call(arguments, request));
    }

    /**
     * Calls the tool. For a tool that {@linkplain #answersLater() answers later}, this waits for {@link #callLater}.
     *
     * @param arguments the {@code arguments} object of the request, empty when the client sent none
     * @param request the request being served
     * @return the body of a {@code CallToolResult}: {@code content}, optionally {@code structuredContent} and
     *     {@code isError}. A failure of the tool itself, and arguments that break the input schema, are such a
     *     result with {@code isError: true}, not an exception.
     * @throws McpProtocolException when the request itself is wrong in a way the model cannot correct
     */
    JsonObject call(JsonObject arguments, McpRequest request);
}
