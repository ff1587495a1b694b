package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.audit.Auditor;
import java.time.Duration;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.binding.ToolResults;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.features.TaskPolicy;
import dev.jeemcp.mcp.cdi.internal.features.TaskStarter;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.cdi.internal.invocation.RequestContexts;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.cdi.internal.store.TelemetryOnFirstUse;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.internal.Json;
import dev.jeemcp.mcp.internal.Naming;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.spi.McpTasks;
import dev.jeemcp.mcp.spi.StoredRow;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@link McpTasks} for {@code @McpTask} tools: tasks are rows of {@link TaskStore}, runs go to the container's
 * {@code ManagedExecutorService}, and every instance answers for every task.
 *
 * <p>A task is its owner's (the principal name and tenant that started it): anyone else, and a caller who has lost the
 * tool's roles since, gets exactly what an unknown id gets, unless the tool is
 * {@code @McpTask(sharedWithinTenant = true)}. The tool's method runs only as the owner: a run carries the security
 * context of the thread that submits it, so only the owner's answers resume it and only the owner's poll re-runs it.
 *
 * <p>Recovery needs no timer: a poll ({@code tasks/get}) that finds a working task whose heartbeat is stale takes
 * it over, and runs the tool again if it is idempotent, or fails the task with a reason. The heartbeat period is
 * the setting {@value #HEARTBEAT_MS} (default 5000 ms); a task is stale after three missed beats.
 *
 * <p>Nothing grows without bound: a tenant has at most {@code mcp.maxOpenTasks} open tasks ({@link TaskStore}), and
 * an instance hands at most {@value #MAX_RUNS} runs (default 64) to its executor at once; beyond that a new task,
 * or an answer that would resume one, is refused with a retryable 503 instead of waiting in the executor's queue,
 * which on Payara is unbounded. A heartbeat that finds its task gone, expired or taken over stops beating.
 */
@ApplicationScoped
public class CdiTasks implements McpTasks, TaskStarter {

    static final String HEARTBEAT_MS = "mcp.taskHeartbeatMs";
    static final String MAX_RUNS = "mcp.taskRunsPerInstance";
    static final int DEFAULT_MAX_RUNS = 64;
    static final long DEFAULT_HEARTBEAT_MS = 5000;
    private static final System.Logger LOG = System.getLogger(CdiTasks.class.getName());
    /**
     * {@code jeemcp.task.status} of each outcome, written once: a transition costs no string, telemetry on or off.
     * Every outcome is mapped, so a new one cannot be missing.
     */
    private static final Map<Outcome, String> TASK_STATUSES = new EnumMap<>(Outcome.class);

    static {
        for (Outcome outcome : Outcome.values()) {
            TASK_STATUSES.put(outcome, outcome.name().toLowerCase(Locale.ROOT));
        }
    }

    @Inject
    TaskStore store;


    @Inject
    BeanManager beanManager;

    @Inject
    Auditor auditor;

    @Inject
    Instance<ServletContext> servletContext;

    /** The deployment's tools by name, to resume a stored task with; given once by the catalog. */
    private volatile Map<String, ToolMethod> tools = Map.of();
    private Executor executor;
    private ScheduledExecutorService scheduler;
    /** Read from the settings on first use (0 until then), as the servlet context is there by then. */
    private volatile long heartbeatMs;
    private volatile int maxRuns;
    private final TelemetryOnFirstUse telemetry = new TelemetryOnFirstUse();
    /** Runs handed to the executor here that have not ended: queued or running. */
    private final AtomicInteger runs = new AtomicInteger();

    /** For tests outside a container, which has no managed executors. */
    void useExecutors(Executor executor, ScheduledExecutorService scheduler) {
        this.executor = executor;
        this.scheduler = scheduler;
    }

    private long heartbeatMs() {
        if (heartbeatMs == 0) {
            heartbeatMs = StoreSettings.number(servletContext, HEARTBEAT_MS, DEFAULT_HEARTBEAT_MS, 1);
        }
        return heartbeatMs;
    }

    private int maxRuns() {
        if (maxRuns == 0) {
            maxRuns = (int) StoreSettings.number(servletContext, MAX_RUNS, DEFAULT_MAX_RUNS, 1, Integer.MAX_VALUE);
        }
        return maxRuns;
    }

    /** For tests, which cannot wait for the default period. */
    void useHeartbeat(long millis) {
        this.heartbeatMs = millis;
    }

    /** For tests of saturation. */
    void useMaxRuns(int max) {
        this.maxRuns = max;
    }

    /**
     * Gives the tools whose stored tasks this runner finishes, recovers and answers for, once: the table decides who
     * may see a task, so nothing may swap it afterwards.
     */
    public synchronized void serve(Map<String, ToolMethod> toolsByName) {
        if (!tools.isEmpty() && !tools.equals(toolsByName)) {
            throw new IllegalStateException("The tasks' tools are given once, by the catalog");
        }
        this.tools = Map.copyOf(toolsByName);
    }

    /** Whether tasks can run here: only on the container's managed executors, never on threads of our own. */
    public boolean isAvailable() {
        if (executor == null) {
            executor = Naming.lookup(Naming.DEFAULT_EXECUTOR, Executor.class).orElse(null);
            scheduler = Naming.lookup(Naming.DEFAULT_SCHEDULER, ScheduledExecutorService.class).orElse(null);
            if (executor == null || scheduler == null) {
                executor = null; // both or neither
                LOG.log(System.Logger.Level.INFO, "No ManagedExecutorService here: @McpTask tools are called synchronously");
            }
        }
        return executor != null && scheduler != null && store.isConfigured();
    }

    /**
     * Whether this instance can run tasks, for readiness: the managed executor was found (by {@link #isAvailable}) and
     * is not shut down. Not whether a run slot is free: under task load every instance would report not ready and a
     * balancer would drop them all, while a full instance already answers a new task with a retryable 503. Cheap: a
     * balancer asks it every few seconds.
     */
    public boolean acceptsWork() {
        Executor runner = executor;
        if (runner instanceof ExecutorService service) {
            try {
                return !service.isShutdown();
            } catch (IllegalStateException e) { // a ManagedExecutorService: its lifecycle is the container's, never "shut down" to us
                return true;
            }
        }
        return runner != null;
    }

    // Every method runs within the catalog's serving, which made the MCP request the current one: the store sees the
    // caller with its roles (tenants may come from roles), not just the container's principal.

    /**
     * Stores the task and hands its run to the executor. A caller without a tenant starts no task: a
     * {@link NoTenantException} is a tool exception, so it is the {@code isError} result a synchronous call would give,
     * not a JSON-RPC error.
     */
    @Override
    public TaskStart start(ToolMethod tool, JsonObject arguments, McpRequest request) {
        Caller caller;
        try {
            caller = store.caller();
        } catch (NoTenantException e) {
            return new TaskStart.Answered(ToolResults.error(noTenant(tool, e)));
        }
        TaskRequest taskRequest = TaskRequest.startedBy(request, arguments, caller, telemetry().currentContext());
        String runner = newRunner();
        TaskPolicy policy = tool.taskPolicy();
        reserveRun();
        TaskRecord row;
        boolean handedOff = false;
        try {
            row = store.create(tool.name(), taskRequest.toJson(), runner, policy.ttl(), policy.pollInterval());
            audit(tool.name(), row.id(), caller, Outcome.CREATED, Duration.ZERO);
            submit(new TaskRun(this, store, tool, row.id(), runner, taskRequest));
            handedOff = true;
        } finally {
            if (!handedOff) {
                runEnded(); // the database, the scheduler or the JVM failed: no run holds the slot
            }
        }
        return new TaskStart.Started(info(row));
    }

    private static String noTenant(ToolMethod tool, NoTenantException e) {
        return "Tool " + tool.name() + " runs as a task, and tasks are kept per tenant: " + e.getMessage();
    }

    /** Takes one of this instance's run slots, or refuses with a retryable error when all are taken. */
    private void reserveRun() {
        if (!tryReserveRun()) {
            throw new McpUnavailableException("The server is busy: " + maxRuns() + " tasks are queued or running here, the most"
                    + " allowed (" + MAX_RUNS + "); retry shortly");
        }
    }

    private boolean tryReserveRun() {
        if (runs.incrementAndGet() > maxRuns()) {
            runs.decrementAndGet();
            return false;
        }
        return true;
    }

    /** How many runs handed to the executor here have not ended. */
    int runsInFlight() {
        return runs.get();
    }

    /** A run handed to the executor ended, or never started: its slot is free. */
    void runEnded() {
        runs.decrementAndGet();
    }

    @Override
    public Optional<TaskInfo> find(String taskId, McpRequest request) {
        Optional<TaskRecord> row = visible(taskId, request);
        if (row.isPresent() && isStale(row.get())) {
            recover(row.get());
            row = visible(taskId, request);
        }
        return row.map(CdiTasks::info);
    }

    /**
     * The task as this caller may know it: of its tenant and not expired (the store checks), its tool still deployed
     * and allowed to the caller now (roles are checked on every call, not only at the start), and the caller its owner
     * unless the tool shares its tasks within the tenant. Anything else is empty, exactly like an unknown id.
     */
    private Optional<TaskRecord> visible(String taskId, McpRequest request) {
        return store.find(taskId).filter(row -> {
            ToolMethod tool = tool(row);
            return tool != null && tool.isVisibleTo(request) && (isOwner(row) || isShared(tool));
        });
    }

    /**
     * A page of the tasks this caller could look up one by one (see {@link #visible}), for the browser console; the
     * rule is the same, applied in the query so that pages stay full.
     */
    public List<StoredRow> rowsOf(McpRequest request, int offset, int limit) {
        List<String> own = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        tools.forEach((name, tool) -> {
            if (tool.isVisibleTo(request)) {
                (isShared(tool) ? shared : own).add(name);
            }
        });
        return store.rowsOfTenant(own, shared, offset, limit);
    }

    private boolean isOwner(TaskRecord row) {
        return row.isOwnedBy(store.caller());
    }

    private static boolean isShared(ToolMethod tool) {
        return tool.taskPolicy() != null && tool.taskPolicy().sharedWithinTenant();
    }

    @Override
    public boolean provideInput(String taskId, JsonObject inputResponses, McpRequest request) {
        Optional<TaskRecord> found = visible(taskId, request);
        if (found.isEmpty()) {
            return false;
        }
        TaskRecord row = found.get();
        if (!isOwner(row)) {
            // The answers would run the method, which only ever runs as the owner: the executor carries the security
            // context of whoever submits the run, and a colleague's answers must not complete the owner's action.
            throw McpProtocolException.invalidParams("Only the caller who started task " + taskId + " can answer its input requests");
        }
        ToolMethod tool = tool(row);
        if (!TaskStore.INPUT_REQUIRED.equals(row.status())) {
            return true; // eventually consistent: answers that are no longer wanted are ignored
        }
        // Answers gather until every outstanding request has one; only then does the tool run again, with all of them.
        Optional<String> storedJson = store.request(row);
        if (storedJson.isEmpty()) {
            return true; // the task moved on since it was read: as when a guarded update below finds it changed
        }
        JsonObject outstanding = parse(row.outcome());
        TaskRequest stored = TaskRequest.fromJson(storedJson.get(), row.owner());
        JsonObjectBuilder answers = Json.PROVIDER.createObjectBuilder(stored.inputResponses());
        JsonObjectBuilder remaining = Json.PROVIDER.createObjectBuilder();
        outstanding.forEach((key, pending) -> {
            if (inputResponses.containsKey(key)) {
                answers.add(key, inputResponses.get(key));
            } else {
                remaining.add(key, pending);
            }
        });
        JsonObject stillOutstanding = remaining.build();
        TaskRequest answered = stored.resumed(answers.build(), stored.state());
        if (!stillOutstanding.isEmpty()) {
            store.recordAnswers(taskId, row.version(), stillOutstanding.toString(), answered.toJson());
            return true;
        }
        String runner = newRunner();
        reserveRun(); // refused before anything changes: the client may send the same answers again
        boolean handedOff = false;
        try {
            if (store.resume(taskId, row.version(), answered.toJson(), runner)) {
                audit(row.tool(), taskId, row.owner(), Outcome.WORKING, Duration.ZERO);
                submit(new TaskRun(this, store, tool, taskId, runner, answered));
                handedOff = true;
            }
        } finally {
            if (!handedOff) {
                runEnded(); // resumed elsewhere first, or the database, the scheduler or the JVM failed
            }
        }
        return true;
    }

    @Override
    public boolean cancel(String taskId, McpRequest request) {
        Optional<TaskRecord> found = visible(taskId, request);
        if (found.isEmpty()) {
            return false;
        }
        if (store.requestCancel(taskId)) {
            audit(found.get().tool(), taskId, found.get().owner(), Outcome.CANCELLED, Duration.ZERO);
        } // else a working task: its run ends it, and is audited then
        return true;
    }

    /** Three beats missed, by the database's clock: both times come from it (see {@link TaskRecord#readAt()}). */
    private boolean isStale(TaskRecord row) {
        return TaskStore.WORKING.equals(row.status()) && row.heartbeatAt() < staleBefore(row);
    }

    private long staleBefore(TaskRecord row) {
        return row.readAt() - 3 * heartbeatMs();
    }

    /**
     * The run of this task stopped beating: its instance died. Run it again if that is safe, else fail it. A run
     * carries the security context of the thread that submits it, this poll's, so it runs again only when the poller
     * is the owner; a colleague polling a shared task fails it with a reason instead of lending it their identity.
     */
    private void recover(TaskRecord row) {
        ToolMethod tool = tool(row);
        long staleBefore = staleBefore(row);
        if (row.isCancelRequested()) {
            if (store.abandon(row.id(), row.version(), staleBefore, TaskStore.CANCELLED, "Cancelled at the client's request", null)) {
                audit(row.tool(), row.id(), row.owner(), Outcome.CANCELLED, Duration.ZERO);
            }
        } else if (tool != null && tool.taskPolicy() != null && tool.taskPolicy().rerunnable() && !isOwner(row)) {
            String message = "The server running this task stopped before it finished; it was not run again because only"
                    + " the caller who started it may run it, and another caller found it";
            abandoned(row, staleBefore, message);
        } else if (tool != null && tool.taskPolicy() != null && tool.taskPolicy().rerunnable()) {
            if (!tryReserveRun()) {
                return; // busy here: it stays stale, and a later poll (here or elsewhere) takes it over
            }
            boolean handedOff = false;
            try {
                // empty when taken over or ended since the row was read: a lost race, as the guarded take-over would be
                Optional<String> request = store.request(row);
                String runner = newRunner();
                if (request.isPresent() && store.takeOver(row.id(), row.version(), staleBefore, runner)) {
                    audit(row.tool(), row.id(), row.owner(), Outcome.WORKING, Duration.ZERO);
                    LOG.log(System.Logger.Level.INFO, "Task " + row.id() + " lost its instance; running tool " + row.tool() + " again here");
                    submit(new TaskRun(this, store, tool, row.id(), runner, TaskRequest.fromJson(request.get(), row.owner())));
                    handedOff = true;
                }
            } finally {
                if (!handedOff) {
                    runEnded(); // lost the race, or the database, the scheduler or the JVM failed: no run holds the slot
                }
            }
        } else {
            String message = "The server running this task stopped before it finished; the tool is not idempotent, so it was not run again";
            abandoned(row, staleBefore, message);
        }
    }

    private void abandoned(TaskRecord row, long staleBefore, String message) {
        if (store.abandon(row.id(), row.version(), staleBefore, TaskStore.FAILED, message, TaskRun.error(McpErrorCodes.INTERNAL_ERROR, message))) {
            audit(row.tool(), row.id(), row.owner(), Outcome.FAILED, Duration.ZERO);
        }
    }

    /** Audits and counts a transition that happened: the store changed the row. */
    void audit(String tool, String taskId, Caller owner, Outcome outcome, Duration duration) {
        telemetry().taskTransition(TASK_STATUSES.get(outcome));
        auditor.task(tool, taskId, owner, outcome, duration);
    }

    /** The application's telemetry, decided on first use (the servlet context is there by then). */
    Telemetry telemetry() {
        return telemetry.get(servletContext);
    }

    /**
     * Hands a run that holds a slot to the executor. A refusal ends the run here; a failure before that (the scheduler
     * refuses the heartbeat) propagates, and the caller gives the slot back: it must not be released twice.
     */
    private void submit(TaskRun run) {
        run.submitted();
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            run.rejected();
            LOG.log(System.Logger.Level.WARNING, "The ManagedExecutorService refused a task run: " + e.getMessage());
        }
    }

    /**
     * Beats for the run every heartbeat period until it is cancelled (when the run ends), or until a beat finds that
     * the run no longer owns a live task (deleted, expired, finished or taken over): that beat ends the schedule, by
     * the rule that an exception suppresses a periodic task's later runs. A beat that fails (the database is down) does not stop the next one.
     */
    ScheduledFuture<?> heartbeat(String taskId, String runner) {
        return scheduler.scheduleAtFixedRate(() -> {
            boolean owned;
            try {
                owned = inRequestContext(() -> store.heartbeat(taskId, runner));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Heartbeat of task " + taskId + " failed: " + e);
                return;
            }
            if (!owned) {
                throw new CancellationException("task " + taskId + " is no longer this run's: its heartbeat stops");
            }
        }, heartbeatMs(), heartbeatMs(), TimeUnit.MILLISECONDS);
    }

    /** Managed threads have no request context; request-scoped beans (an entity manager, say) need one. */
    <T> T inRequestContext(Supplier<T> work) {
        return RequestContexts.within(beanManager, work::get);
    }

    void inRequestContext(Runnable work) {
        inRequestContext(() -> {
            work.run();
            return null;
        });
    }

    private ToolMethod tool(TaskRecord row) {
        return tools.get(row.tool());
    }

    private static String newRunner() {
        return UUID.randomUUID().toString();
    }

    private static TaskInfo info(TaskRecord row) {
        TaskInfo.Status status = TaskInfo.Status.valueOf(row.status());
        JsonObject detail = switch (status) {
            case INPUT_REQUIRED, COMPLETED, FAILED -> row.outcome() == null ? null : parse(row.outcome());
            default -> null;
        };
        return new TaskInfo(row.id(), status, row.statusMessage(), Instant.ofEpochMilli(row.createdAt()),
                Instant.ofEpochMilli(row.updatedAt()), row.expiresAt() - row.createdAt(), row.pollIntervalMs(), detail);
    }

    /** Reads a JSON object stored with a task. */
    static JsonObject parse(String json) {
        try (var reader = Json.PROVIDER.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
