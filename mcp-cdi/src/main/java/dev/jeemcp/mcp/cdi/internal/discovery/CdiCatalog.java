package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.handles.JpaHandles;
import dev.jeemcp.mcp.cdi.internal.handles.JpaInputAnswers;
import dev.jeemcp.mcp.cdi.internal.handles.JpaSingleUseStates;
import dev.jeemcp.mcp.cdi.internal.health.McpReadiness;
import dev.jeemcp.mcp.cdi.internal.invocation.RequestContexts;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimit;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimiter;
import dev.jeemcp.mcp.cdi.internal.store.TelemetryOnFirstUse;
import dev.jeemcp.mcp.cdi.internal.tasks.CdiTasks;
import dev.jeemcp.mcp.cdi.internal.tasks.TaskStore;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.McpTasks;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.ReadinessCheck;
import dev.jeemcp.mcp.spi.Resource;
import dev.jeemcp.mcp.spi.InputAnswers;
import dev.jeemcp.mcp.spi.SingleUseStates;
import dev.jeemcp.mcp.spi.StoredRow;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What {@link McpExtension} found, as the servlet sees it. Fixed after deployment. */
@ApplicationScoped
public class CdiCatalog implements McpCatalog {

    private static final System.Logger LOG = System.getLogger(CdiCatalog.class.getName());

    @Inject
    McpExtension extension;

    private List<Tool> tools;
    private List<Prompt> prompts;
    private List<Resource> resources;
    private Optional<McpTasks> tasks;

    @Inject
    CdiTasks taskRunner;

    @Inject
    McpReadiness readiness;

    /** Configured here, when the servlet starts and its context's settings can be read: a bad setting fails the start. */
    @Inject
    RateLimiter rateLimiter;

    /** An Instance: a container without the handle store's beans (a test's) still has a catalog. */
    @Inject
    Instance<JpaSingleUseStates> singleUseStates;

    /** An Instance, like the states: where 2025-era clients' answers wait, when the application has a database. */
    @Inject
    Instance<JpaInputAnswers> inputAnswers;

    /** An Instance, like the states: the application may replace the resolver, and a test container may have none. */
    @Inject
    Instance<TenantResolver> tenantResolvers;

    @Inject
    Instance<ServletContext> servletContext;

    /** Instances: the console's lists need the stores, which a test container may lack. */
    @Inject
    Instance<JpaHandles> handles;

    @Inject
    Instance<TaskStore> taskStore;

    @Inject
    BeanManager beanManager;

    /** The stores whose last purge failed. */
    private final java.util.Set<String> failingPurges = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Decided on first use, as the servlet context is there by then. */
    private final TelemetryOnFirstUse telemetry = new TelemetryOnFirstUse();

    @PostConstruct
    void freeze() {
        tools = List.copyOf(extension.tools());
        prompts = List.copyOf(extension.prompts());
        resources = List.copyOf(extension.resources());
        taskRunner.serve(extension.toolsByName());
        Map<String, RateLimit> ownLimits = new HashMap<>();
        extension.toolsByName().forEach((name, tool) -> ownLimits.put(name, tool.rateLimit()));
        rateLimiter.configure(ownLimits);
        tasks = tools.stream().anyMatch(Tool::mayRunAsTask) && taskRunner.isAvailable() ? Optional.of(taskRunner) : Optional.empty();
        readiness.catalogBuilt(tasks.isPresent() ? taskRunner : null); // tools called synchronously need no executor
    }

    @Override
    public List<ReadinessCheck> readiness() {
        return readiness.checks();
    }

    @Override
    public List<Tool> tools() {
        return tools;
    }

    @Override
    public List<Prompt> prompts() {
        return prompts;
    }

    @Override
    public List<Resource> resources() {
        return resources;
    }

    /**
     * Every feature kind learns its request here, and only here: tools, prompts, resources, completions and the task
     * methods alike (a task's run, which outlives the request, binds its own through the same {@link CurrentRequest}).
     */
    @Override
    public <T> T serving(McpRequest request, Supplier<T> work) {
        Telemetry reporting = telemetry();
        if (reporting.recordsCaller()) {
            tagTenant(reporting, request);
        }
        return CurrentRequest.with(request, work);
    }

    /** Puts the caller's tenant on the request's span (mcp.telemetry.callerAttributes): the servlet knows none. */
    private void tagTenant(Telemetry reporting, McpRequest request) {
        try {
            Caller.tenantOf(request, tenantResolvers).ifPresent(reporting::tenant);
        } catch (RuntimeException e) {
            // The feature resolves the tenant again and answers its failure; telemetry never fails a request.
        }
    }

    private Telemetry telemetry() {
        return telemetry.get(servletContext);
    }

    /** The handle store's tenant, so that a requestState sealed in tenant A does not open in tenant B. */
    @Override
    public Optional<String> tenantOf(McpRequest request) {
        return Caller.tenantOf(request, tenantResolvers);
    }

    /** The tenant comes from the request, through the same resolver and stored form as every handle and task read. */
    @Override
    public List<StoredRow> storedRows(McpRequest request, StoredRow.Type type, int offset, int limit) {
        return CurrentRequest.with(request, () -> switch (type) {
            case HANDLES -> handles.isResolvable() && handles.get().isConfigured()
                    ? handles.get().rowsOfCaller(offset, limit) : List.<StoredRow>of();
            case TASKS -> taskStore.isResolvable() && taskStore.get().isConfigured()
                    ? taskRunner.rowsOf(request, offset, limit) : List.<StoredRow>of();
        });
    }

    @Override
    public Optional<McpTasks> tasks() {
        return tasks;
    }

    @Override
    public Optional<SingleUseStates> singleUseStates() {
        return singleUseStates.isResolvable() && singleUseStates.get().isAvailable()
                ? Optional.of(singleUseStates.get()) : Optional.empty();
    }

    @Override
    public Optional<InputAnswers> inputAnswers() {
        return inputAnswers.isResolvable() && inputAnswers.get().isAvailable()
                ? Optional.of(inputAnswers.get()) : Optional.empty();
    }

    /**
     * The one purge of expired rows, for every store: handles (and the single-use states in their table), tasks and
     * the answers of 2025-era clients. The servlet's scheduler calls it, on a thread that serves no request, so a
     * request context is activated for the application's request-scoped entity manager (and, on Tomcat, for the
     * transaction interceptor it provides); each store purges in a transaction of its own, and one that fails (its
     * table missing, the database away) does not keep the others from theirs.
     */
    @Override
    public void purgeExpired() {
        RequestContexts.within(beanManager, () -> {
            // Only once the table has been used here: an application that never stores a handle need not have MCP_HANDLE.
            purge("handles", () -> handles.isResolvable() && handles.get().isConfigured() && handles.get().isInUse(),
                    () -> handles.get().purgeExpired());
            // Only for an application with task tools: one without need not have MCP_TASK.
            purge("tasks", () -> tools.stream().anyMatch(Tool::mayRunAsTask) && taskStore.isResolvable() && taskStore.get().isConfigured(),
                    () -> taskStore.get().purgeExpired());
            purge("input requests", () -> inputAnswers.isResolvable() && inputAnswers.get().isAvailable(),
                    () -> inputAnswers.get().purgeExpired());
            return null;
        });
    }

    /** A store's purge; the first failure in a row is a WARNING, the ones after it (the database still away) DEBUG. */
    private void purge(String what, java.util.function.BooleanSupplier kept, Runnable purge) {
        try {
            if (kept.getAsBoolean()) {
                purge.run();
                failingPurges.remove(what);
            }
        } catch (RuntimeException e) {
            LOG.log(failingPurges.add(what) ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                    "Expired " + what + " left for the next purge: " + e);
        }
    }
}
