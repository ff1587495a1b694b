package dev.jeemcp.mcp;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Lets an {@link McpTool} method run as a task: a client that declared the {@code io.modelcontextprotocol/tasks}
 * extension gets a task id at once and polls for the result, on any instance, instead of holding the request open.
 * A client without the extension gets the result of a normal call, unless the task is {@link #required()}.
 *
 * <p>The task, its status and its result are stored with the handles, in the application's database, for the caller
 * who started it only (see {@link #sharedWithinTenant()}), so {@code tasks/get}, {@code tasks/update} and
 * {@code tasks/cancel} work on every instance.
 * The method runs on the container's {@code ManagedExecutorService} with the caller's security context, and may
 * take an {@link dev.jeemcp.mcp.McpRequest} parameter to see {@code isCancelled()}: cancellation is
 * cooperative. An {@link dev.jeemcp.mcp.InputRequired} thrown by the method puts the task in
 * {@code input_required}; when the client answers, the method runs again with the answers, as in a normal call.
 *
 * <p>While the method runs, its instance records a heartbeat. If the instance dies, the next poll on another
 * instance notices the stale heartbeat and runs the method again when the tool is declared
 * {@link McpTool#idempotent() idempotent}, or else fails the task with a reason. A task is never run twice at once.
 *
 * <p>On a container without a {@code ManagedExecutorService} (Tomcat), or with no handle store, the tool is always
 * called synchronously.
 *
 * <p>Both durations are ISO-8601, such as {@code PT1H}; an invalid one fails the deployment, and so does
 * {@code @McpTask} on a method without {@code @McpTool}, and on one that returns a {@code CompletionStage}: a task
 * runs in the background already, and a run waiting on a managed thread for a stage whose work is queued on the same
 * executor (Payara's default one runs one task at a time) could wait until the task expires.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface McpTask {

    /** How long the task and its result are kept, counted from its creation; after that it is unknown. */
    String ttl() default "PT1H";

    /** How often the client should poll for the result. */
    String pollInterval() default "PT2S";

    /**
     * Whether the tool runs only as a task: a client that did not declare the tasks extension (every client of
     * 2025-11-25 and earlier among them) gets the error {@code -32021} naming the extension, instead of a call that
     * would hold its request open for as long as the work takes.
     */
    boolean required() default false;

    /**
     * Whether every caller of the owner's tenant may see and cancel the task. By default only the caller who
     * started it may (same principal name and tenant); to anyone else it is an unknown task. Either way each
     * {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel} checks the tool's roles again, and the method
     * only ever runs as its owner: a colleague's answers to a shared task's input requests are refused, and a shared
     * task whose instance died is failed with a reason, not run again, when a colleague rather than the owner finds it.
     */
    boolean sharedWithinTenant() default false;
}
