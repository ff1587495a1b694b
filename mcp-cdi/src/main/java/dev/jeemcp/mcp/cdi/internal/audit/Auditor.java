package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.internal.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Builds and fires the {@link McpAuditEvent}s, and hands them to the {@code MCP_AUDIT} sink when
 * {@code mcp.audit.sink=jpa}. Whether anybody listens is decided once, on the first call: with no observer and no
 * sink, {@link #begin} answers {@link AuditCall#NONE} and no event, digest or timestamp is ever made.
 *
 * <p>An observer or the sink that fails is logged (without the event's arguments) and otherwise ignored: by the time an
 * event is fired, the call's work is done, and failing its answer would only make the client try it again.
 */
@ApplicationScoped
public class Auditor {

    static final String SINK = "mcp.audit.sink";
    static final String ARGUMENTS = "mcp.audit.arguments";
    static final String JPA = "jpa";
    private static final System.Logger LOG = System.getLogger(Auditor.class.getName());
    /** Only its type matters: what observers are resolved against. */
    private static final McpAuditEvent SAMPLE = new McpAuditEvent(Instant.EPOCH, null, null, Feature.TOOL, "", Outcome.SUCCESS,
            Duration.ZERO, null, null, null);

    /** What the first call decided. {@code observers} is the manager to fire with, {@code null} when nobody observes. */
    private record Decision(BeanManager observers, JpaAuditSink sink, boolean arguments) {
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
                RequestIds.current(), canonical == null ? null : CanonicalJson.sha256(canonical), current.arguments() ? canonical : null);
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

    void fire(McpAuditEvent event) {
        Decision current = decision();
        if (current.observers() != null) {
            try {
                current.observers().getEvent().select(McpAuditEvent.class).fire(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An observer of McpAuditEvent failed on " + event.feature() + " " + event.name()
                        + " (" + event.outcome() + "): " + e.getClass().getName());
            }
        }
        if (current.sink() != null) {
            try {
                current.sink().write(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "MCP_AUDIT could not record " + event.feature() + " " + event.name()
                        + " (" + event.outcome() + "): " + e);
            }
        }
    }

    private Decision decision() {
        Decision current = decision;
        if (current == null) {
            current = decide();
            decision = current;
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
        Decision made = new Decision(observed ? manager : null, sink.isEmpty() ? null : sinks.get(), arguments);
        LOG.log(System.Logger.Level.INFO, "MCP audit: " + (observed ? "observed" : "no observer") + ", sink "
                + (sink.isEmpty() ? "off" : sink) + (arguments ? ", with arguments" : ""));
        return made;
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
