package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.internal.RequestIds;
import java.time.Duration;
import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.Failures;
import dev.jeemcp.mcp.internal.UnknownFeatures;
import dev.jeemcp.mcp.internal.InputCapabilities;
import dev.jeemcp.mcp.internal.Json;
import dev.jeemcp.mcp.internal.JsonRpcErrors;
import dev.jeemcp.mcp.internal.telemetry.Run;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * One run of a task's tool, on a managed thread: calls the tool, keeps the heartbeat going meanwhile, and records
 * how it ended. Only the run that owns the task ({@code runner}) can record anything, so a run that another instance
 * took over (because this one seemed dead) changes nothing when it ends after all.
 */
final class TaskRun implements Runnable {

    private static final System.Logger LOG = System.getLogger(TaskRun.class.getName());

    private final CdiTasks tasks;
    private final TaskStore store;
    private final ToolMethod tool;
    private final String taskId;
    private final String runner;
    private final TaskRequest request;
    private volatile ScheduledFuture<?> heartbeat;
    private long started;
    /** How the run ended, for its span: {@code null} when it did not fail. */
    private String errorType;
    private String errorMessage;

    TaskRun(CdiTasks tasks, TaskStore store, ToolMethod tool, String taskId, String runner, TaskRequest request) {
        this.tasks = tasks;
        this.store = store;
        this.tool = tool;
        this.taskId = taskId;
        this.runner = runner;
        this.request = request;
    }

    /**
     * Starts beating when the run is handed to the executor, not when it starts: a run waiting in the executor's queue
     * is alive too. (Payara's default ManagedExecutorService, with core-pool-size 0 and an unbounded queue, runs one
     * task at a time, so runs may wait there for long.)
     */
    void submitted() {
        heartbeat = tasks.heartbeat(taskId, runner);
    }

    /** The executor refused it: nothing runs it, so nothing beats for it; the next poll finds it stale. */
    void rejected() {
        heartbeat.cancel(false);
        tasks.runEnded();
    }

    @Override
    public void run() {
        try {
            tasks.inRequestContext(this::callAndRecord);
        } catch (RuntimeException e) {
            // The outcome could not be stored (the database is down, say): the heartbeat stops with this run, so the
            // next poll finds the task stale and recovers it.
            LOG.log(System.Logger.Level.WARNING, "Task " + taskId + " of tool " + tool.name() + " could not record its outcome: " + e);
        } finally {
            heartbeat.cancel(false);
            tasks.runEnded();
        }
    }

    /**
     * Runs in a span of its own, whatever instance runs it, linked to the span of the request that created the task:
     * the request's trace has ended long before, and a run taken over after a crash belongs to no request at all.
     */
    private void callAndRecord() {
        Run span = tasks.telemetry().taskRun(tool.name(), taskId, request.trace());
        try (Telemetry.Scope scope = span.enter()) {
            callToolAndRecord();
        } finally {
            span.end(errorType, errorMessage);
        }
    }

    private void callToolAndRecord() {
        started = System.nanoTime();
        request.watchCancellation(() -> tasks.inRequestContext(() -> store.isCancelRequested(taskId)));
        JsonObject result;
        try {
            // A run outlives the request that started it, so it binds its own: the task's owner, settled then.
            result = CurrentRequest.with(request, () -> RequestIds.with(taskId, () -> tool.call(request.arguments(), request)));
        } catch (FeatureDenied e) {
            // The container refused the run's call: the task ends as a call to a hidden tool would have.
            fail(UnknownFeatures.tool(tool.name()));
            return;
        } catch (RuntimeException e) {
            switch (Failures.classify(e)) {
                case INPUT -> waitForInput((InputRequired) Failures.unwrap(e));
                case PROTOCOL -> fail((McpProtocolException) Failures.unwrap(e));
                // Thrown by the tool itself, it is its answer; an unreachable database found underneath is not:
                // the run has ended, so "retry the request" would tell the client nothing.
                case UNAVAILABLE -> {
                    if (e instanceof McpUnavailableException thrown) {
                        fail(thrown);
                    } else {
                        failAsDefect(e);
                    }
                }
                // The tool already made its own failures results: what escapes it is a defect.
                case BUSINESS, CANCELLED, DENIED, BUG -> failAsDefect(e);
            }
            return;
        }
        if (result.getBoolean("isError", false) && request.isCancelled()) {
            failed(Run.CANCELLED, "Cancelled at the client's request");
            ended(store.finish(taskId, runner, TaskStore.CANCELLED, "Cancelled at the client's request", null), Outcome.CANCELLED);
        } else {
            if (result.getBoolean("isError", false)) {
                failed(Run.TOOL_ERROR, "The tool reported an error");
            }
            ended(store.finish(taskId, runner, TaskStore.COMPLETED, null, result.toString()), Outcome.COMPLETED);
        }
    }

    private void waitForInput(InputRequired input) {
        Set<String> missing = InputCapabilities.missing(input, request.clientCapabilities());
        if (!missing.isEmpty()) {
            fail(InputCapabilities.required("The client lacks a capability this task needs: " + String.join(", ", missing), missing));
            return;
        }
        JsonObjectBuilder requests = Json.PROVIDER.createObjectBuilder();
        input.inputRequests().forEach(requests::add);
        // A new round: the answers of the last one are spent, what the tool keeps is in its state.
        ended(store.awaitInput(taskId, runner, requests.build().toString(),
                request.resumed(jakarta.json.JsonValue.EMPTY_JSON_OBJECT, input.state()).toJson()), Outcome.INPUT_REQUIRED);
    }

    /** Ends the task with the error {@code tasks/get} shows: the fault's code and message. */
    private void failAsDefect(RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Task " + taskId + " of tool " + tool.name() + " failed", e);
        fail(new McpProtocolException(McpErrorCodes.INTERNAL_ERROR, "Internal error", null));
    }

    private void fail(McpProtocolException fault) {
        failed(Integer.toString(fault.code()), fault.getMessage());
        ended(store.finish(taskId, runner, TaskStore.FAILED, fault.getMessage(), error(fault.code(), fault.getMessage())), Outcome.FAILED);
    }

    /** What the run's span says went wrong: the conventions' {@code error.type} and a message. */
    private void failed(String type, String message) {
        errorType = type;
        errorMessage = message;
    }

    /** Audits what the run recorded, when it still owned the task; a run that lost it changed nothing. */
    private void ended(boolean recorded, Outcome outcome) {
        if (recorded) {
            tasks.audit(tool.name(), taskId, request.boundCaller(), outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The JSON-RPC error object a failed task carries. */
    static String error(int code, String message) {
        return JsonRpcErrors.error(code, message, null).toString();
    }
}
