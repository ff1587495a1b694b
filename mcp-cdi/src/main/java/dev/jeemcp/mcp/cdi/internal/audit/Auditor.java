package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.BackgroundWork;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.cdi.internal.invocation.RequestContexts;
import dev.jeemcp.mcp.internal.RequestIds;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and fires the {@link McpAuditEvent}s, and hands them to the {@code MCP_AUDIT} sink when
 * {@code mcp.audit.sink=jpa}. Whether anybody listens is decided once, on the first call: with no observer and no
 * sink, {@link #begin} answers {@link AuditCall#NONE} and no event, digest or timestamp is ever made.
 *
 * <p>Settings, read once: {@value #SINK}, {@value #ARGUMENTS}, {@value #RETENTION} (an ISO-8601 duration after which
 * the sink's rows are deleted, in batches; unset: kept until the operator deletes them) and {@code mcp.audit.digestKey}
 * ({@link DigestKey}).
 *
 * <p>An observer or the sink that fails is logged (without the event's arguments) and otherwise ignored: by the time an
 * event is fired, the call's work is done, and failing its answer would only make the client try it again.
 */
@ApplicationScoped
public class Auditor {

    static final String SINK = "mcp.audit.sink";
    static final String ARGUMENTS = "mcp.audit.arguments";
    static final String JPA = "jpa";
    static final String RETENTION = "mcp.audit.retention";
    /** The most rows one purge statement deletes: each batch is a short transaction of its own. */
    static final int PURGE_BATCH = 1000;
    /** The most batches one purge deletes; the rest waits for the next purge. */
    static final int MAX_BATCHES = 100;
    private static final System.Logger LOG = System.getLogger(Auditor.class.getName());
    /** Only its type matters: what observers are resolved against. */
    private static final McpAuditEvent SAMPLE = new McpAuditEvent(Instant.EPOCH, null, null, Feature.TOOL, "", Outcome.SUCCESS,
            Duration.ZERO, null, null, null);

    /**
     * What the first call decided. {@code observers} is the manager to fire with, {@code null} when nobody observes;
     * {@code retention} how long rows are kept, {@code null} for ever.
     */
    record Decision(BeanManager observers, JpaAuditSink sink, boolean arguments, SecretKeySpec digestKey,
            Duration retention, AuditQueue later) {
        boolean active() {
            return observers != null || sink != null;
        }
    }

    @Inject
    BeanManager beanManager;

    @Inject
    Instance<ServletContext> servletContext;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    @Inject
    Instance<JpaAuditSink> sinks;

    private volatile Decision decision;
    private volatile long nextPurge;
    /** How often one instance purges audit rows, at most. */
    private static final long PURGE_EVERY_MS = 600_000;
    private int purgeBatch = PURGE_BATCH;
    private final BackgroundWork background = new BackgroundWork("jeemcp-audit");
    private Executor executorForTests;
    /** For tests: runs when the decision is being made, to hold it there. */
    private Runnable deciding = () -> { };

    /** For tests: refusals are delivered by this executor. */
    void useExecutor(Executor executor) {
        this.executorForTests = executor;
    }

    /** For tests: runs while the first call decides, before anything is decided. */
    void onDeciding(Runnable hook) {
        this.deciding = hook;
    }

    /** For tests: the most rows one purge statement deletes. */
    void purgeBatch(int rows) {
        this.purgeBatch = rows;
    }

    /** Whether events are built at all: an observer exists or the sink is on. */
    public boolean isActive() {
        return decision().active();
    }

    /**
     * Starts auditing a call, on the thread that serves its request.
     *
     * @param name the tool or prompt name, or the resource's URI or template
     * @param arguments what the client sent, digested (and kept, when the application asks) without {@code sensitive};
     *     {@code null} for none (a refusal)
     * @param sensitive the names of arguments never to digest or keep
     */
    public AuditCall begin(Feature feature, String name, McpRequest request, JsonObject arguments, Set<String> sensitive) {
        Decision current = decision();
        if (!current.active()) {
            return AuditCall.NONE;
        }
        long start = System.nanoTime();
        String canonical = arguments == null ? null : CanonicalJson.of(arguments, sensitive);
        String principal = principal(request);
        String tenant = tenant(request);
        McpAuditEvent started = new McpAuditEvent(Instant.EPOCH, principal, tenant, feature, name, Outcome.SUCCESS, Duration.ZERO,
                RequestIds.current(), canonical == null ? null : DigestKey.digest(current.digestKey(), canonical),
                current.arguments() ? canonical : null);
        return new AuditCall(this, started, start, Instant.now());
    }

    /**
     * Records a task's change of status. Never throws: the change is made already.
     *
     * @param owner the task's owner, as stored
     * @param duration how long the run took, for the end of one; else zero
     */
    public void task(String tool, String taskId, Caller owner, Outcome outcome, Duration duration) {
        try {
            if (!decision().active()) {
                return;
            }
        } catch (RuntimeException e) {
            // A wrong mcp.audit.sink: the transition happened and must not be undone by the audit; calls report it.
            LOG.log(System.Logger.Level.WARNING, "Task " + taskId + " (" + outcome + ") is not audited: " + e.getMessage());
            return;
        }
        String principal = owner == null || DefaultTenantResolver.ANONYMOUS.equals(owner.name()) ? null : owner.name();
        fire(new McpAuditEvent(Instant.now(), principal, owner == null ? null : owner.tenant(), Feature.TASK, tool, outcome,
                duration, taskId, null, null));
    }

    /** Fires the event and writes its row; a refusal later, off this thread (see {@link AuditQueue}). */
    void fire(McpAuditEvent event) {
        fire(event, true);
    }

    /**
     * Fires the event to observers and, when {@code row}, writes it to the sink. A refusal of a hidden feature is
     * handed to the queue and delivered after the answer, so that it takes no longer than an unknown name's.
     */
    void fire(McpAuditEvent event, boolean row) {
        Decision current = decision();
        if (event.outcome() == Outcome.REFUSED) {
            current.later().offer(event);
            return;
        }
        deliver(current, event, row);
    }

    private void deliver(Decision current, McpAuditEvent event, boolean row) {
        if (current.observers() != null) {
            try {
                current.observers().getEvent().select(McpAuditEvent.class).fire(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An observer of McpAuditEvent failed on " + event.feature() + " " + event.name()
                        + " (" + event.outcome() + "): " + e.getClass().getName());
            }
        }
        if (current.sink() != null && row) {
            try {
                current.sink().write(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "MCP_AUDIT could not record " + event.feature() + " " + event.name()
                        + " (" + event.outcome() + "): " + e);
            }
            purgeIfDue(current);
        }
    }

    /** Delivers a queued refusal on the executor's thread, where a request-scoped entity manager needs a context. */
    private void deliverLater(McpAuditEvent event) {
        RequestContexts.within(beanManager, () -> {
            deliver(decision(), event, true);
            return null;
        });
    }

    /**
     * Deletes rows older than {@value #RETENTION} at most once every ten minutes per instance,
     * when the sink writes (no timer), off the writing thread: up to {@link #MAX_BATCHES} deletes must not hold up a
     * request's answer. On the executor of the queued refusals, in a request context of its own.
     */
    private void purgeIfDue(Decision current) {
        long now = System.currentTimeMillis();
        if (current.retention() == null || now < nextPurge) {
            return;
        }
        nextPurge = now + PURGE_EVERY_MS;
        try {
            laterExecutor().execute(() -> {
                try {
                    RequestContexts.within(beanManager, () -> purgeExpired(now));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Old MCP_AUDIT rows could not be deleted (the next purge tries again): " + e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Old MCP_AUDIT rows wait for the next purge: the executor refused it");
        }
    }

    /**
     * Deletes the rows recorded more than {@value #RETENTION} before {@code now}, in batches of at most
     * {@link #PURGE_BATCH} rows, each a transaction of its own, at most {@link #MAX_BATCHES} batches.
     *
     * @return how many rows each batch deleted
     */
    List<Integer> purgeExpired(long now) {
        Decision current = decision();
        List<Integer> batches = new ArrayList<>();
        if (current.retention() == null || current.sink() == null) {
            return batches;
        }
        long cutoff = now - current.retention().toMillis();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = current.sink().deleteRecordedBefore(cutoff, purgeBatch);
            batches.add(deleted);
            if (deleted < purgeBatch) {
                break;
            }
        }
        return batches;
    }

    /** Where refusals and purges run: the container's managed executor, else one thread of our own while busy. */
    private synchronized Executor laterExecutor() {
        return executorForTests != null ? executorForTests : background.executor();
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    /**
     * The decision, made once: two first calls at once must not each make their own (each a random digest key and a
     * queue of its own, one of them lost), so the first decides under the lock and the others wait for it.
     */
    Decision decision() {
        Decision current = decision;
        if (current == null) {
            synchronized (this) {
                current = decision;
                if (current == null) {
                    deciding.run();
                    current = decide();
                    decision = current;
                }
            }
        }
        return current;
    }

    /**
     * Observers are resolved with the web module's manager where there is one: on Payara the library's own does not
     * see the beans of {@code WEB-INF/classes}, so an application's observer would be missed.
     */
    private Decision decide() {
        BeanManager manager = ApplicationBeans.beanManager(beanManager);
        boolean observed = !manager.resolveObserverMethods(SAMPLE).isEmpty();
        String sink = StoreSettings.get(servletContext, SINK);
        if (!sink.isEmpty() && !JPA.equals(sink)) {
            throw new IllegalStateException(SINK + " may only be \"" + JPA + "\" (or unset), not \"" + sink + "\"");
        }
        boolean arguments = Boolean.parseBoolean(StoreSettings.get(servletContext, ARGUMENTS));
        Duration retention = retention(StoreSettings.get(servletContext, RETENTION));
        boolean active = observed || !sink.isEmpty();
        Decision made = new Decision(observed ? manager : null, sink.isEmpty() ? null : sinks.get(), arguments,
                active ? DigestKey.load(servletContext) : null, retention,
                active ? new AuditQueue(AuditQueue.CAPACITY, laterExecutor(), this::deliverLater) : null);
        LOG.log(System.Logger.Level.INFO, "MCP audit: " + (observed ? "observed" : "no observer") + ", sink "
                + (sink.isEmpty() ? "off" : sink) + (arguments ? ", with arguments" : ""));
        return made;
    }

    /** The retention setting, {@code null} when unset (rows are kept until the operator deletes them). */
    private static Duration retention(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            Duration retention = Duration.parse(value);
            if (retention.compareTo(Duration.ofHours(1)) >= 0) {
                return retention;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new IllegalStateException(RETENTION + " must be an ISO-8601 duration of at least PT1H, such as P90D, not \"" + value + "\"");
    }

    private static String principal(McpRequest request) {
        if (request instanceof Caller.Bound bound) {
            String name = bound.boundCaller().name();
            return DefaultTenantResolver.ANONYMOUS.equals(name) ? null : name;
        }
        return request.caller().map(Principal::getName).filter(name -> !name.isBlank()).orElse(null);
    }

    private String tenant(McpRequest request) {
        if (request instanceof Caller.Bound bound) {
            return bound.boundCaller().tenant();
        }
        try {
            return Caller.tenantOf(request, tenantResolvers).orElse(null);
        } catch (RuntimeException e) {
            return null; // a resolver that fails is the call's to report, not the audit's
        }
    }
}
