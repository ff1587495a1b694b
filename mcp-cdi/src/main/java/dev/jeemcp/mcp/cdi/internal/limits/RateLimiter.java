package dev.jeemcp.mcp.cdi.internal.limits;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.invocation.RequestContexts;
import dev.jeemcp.mcp.cdi.internal.store.BackgroundWork;
import dev.jeemcp.mcp.cdi.internal.store.StoreSettings;
import dev.jeemcp.mcp.handles.NoTenantException;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.internal.Failures;
import dev.jeemcp.mcp.internal.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Decides whether a tool call may go ahead: the tool's {@code @McpRateLimit} and the limits of the settings, counted
 * per instance or in the database as {@value #MODE} says. Configured once, when the catalog is made (servlet start), so
 * a bad setting fails the start with a sentence naming it; a call that no limit applies to costs a map lookup.
 *
 * <p>Settings: {@value #MODE} ({@code instance}, the default; {@code database}; {@code off}), {@value #PER_CALLER},
 * {@value #PER_TENANT} and {@value #PER_TOOL} (each {@code calls/ISO-8601 duration}, unset by default), a tool's own
 * {@code mcp.rateLimit.tool.<name>} (instead of {@value #PER_TOOL} for that tool), and {@value #MAX_KEYS} (the most
 * counts one instance keeps in instance mode).
 */
@ApplicationScoped
public class RateLimiter implements RateGate {

    public static final String MODE = "mcp.rateLimit.mode";
    public static final String PER_CALLER = "mcp.rateLimit.perCaller";
    public static final String PER_TENANT = "mcp.rateLimit.perTenant";
    public static final String PER_TOOL = "mcp.rateLimit.perTool";
    public static final String TOOL_PREFIX = "mcp.rateLimit.tool.";
    public static final String MAX_KEYS = "mcp.rateLimit.maxKeys";
    static final long DEFAULT_MAX_KEYS = 100_000;
    /** Attempts at counting a call in the database when concurrent instances collide: the first, and two more. */
    static final int MAX_ATTEMPTS = 3;
    /** How long after its end a window's row is kept: more than the clocks of a cluster's instances differ. */
    static final long PURGE_GRACE_MS = 60_000;
    /** The namespaces of a count key's tenant and caller parts ({@link #caller()}). */
    static final String TENANT = "t:";
    static final String NO_TENANT = "n:";
    static final String PRINCIPAL = "p:";
    static final String ANONYMOUS = "a";

    private static final System.Logger LOG = System.getLogger(RateLimiter.class.getName());

    enum Mode { OFF, INSTANCE, DATABASE }

    /** What the settings say, fixed at configuration. */
    private record Config(Mode mode, List<RateLimit> global, RateLimit perTool, Map<String, List<RateLimit>> byTool) {
    }

    @Inject
    Instance<ServletContext> servletContext;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    @Inject
    Instance<DatabaseCounter> databaseCounter;

    private volatile Config config;
    private volatile InstanceCounter instance;
    private volatile FullWindows fullWindows;
    private volatile long nextPurge;
    private Clock clock = Clock.systemUTC();
    private final BackgroundWork background = new BackgroundWork("jeemcp-rate-purge");
    private volatile Executor executorForTests;

    @Inject
    BeanManager beanManager;

    /** For tests: the purge of ended windows is handed to this executor. */
    void useExecutor(Executor executor) {
        this.executorForTests = executor;
    }

    /** For tests of windows and purging. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads the settings and fixes each tool's limits.
     *
     * @param ownLimits each tool's name and its own {@code @McpRateLimit}, {@code null} for none
     * @throws IllegalStateException with a sentence naming the setting when one is not valid
     */
    public void configure(Map<String, RateLimit> ownLimits) {
        String modeName = StoreSettings.get(servletContext, MODE);
        Mode mode;
        switch (modeName.isEmpty() ? "instance" : modeName.toLowerCase(Locale.ROOT)) {
            case "off" -> mode = Mode.OFF;
            case "instance" -> mode = Mode.INSTANCE;
            case "database" -> mode = Mode.DATABASE;
            default -> throw new IllegalStateException(MODE + " must be instance, database or off, not \"" + modeName + "\"");
        }
        List<RateLimit> global = new ArrayList<>();
        addIfSet(global, RateLimit.parse(PER_CALLER, StoreSettings.get(servletContext, PER_CALLER), McpRateLimit.Scope.CALLER, true, false));
        addIfSet(global, RateLimit.parse(PER_TENANT, StoreSettings.get(servletContext, PER_TENANT), McpRateLimit.Scope.TENANT, true, false));
        RateLimit perTool = RateLimit.parse(PER_TOOL, StoreSettings.get(servletContext, PER_TOOL), McpRateLimit.Scope.TENANT, false, true);
        Map<String, List<RateLimit>> byTool = new HashMap<>();
        boolean any = !global.isEmpty() || perTool != null;
        // The sources are found once for all the tools: finding them per tool cost a tenth of a 500-tool endpoint's start.
        Settings settings = StoreSettings.settings(servletContext);
        for (Map.Entry<String, RateLimit> tool : ownLimits.entrySet()) {
            String setting = TOOL_PREFIX + tool.getKey();
            RateLimit configured = RateLimit.parse(setting, settings.get(setting, ""), McpRateLimit.Scope.TENANT, false, true);
            List<RateLimit> limits = limits(tool.getValue(), configured != null ? configured : perTool, global);
            any |= !limits.isEmpty();
            byTool.put(tool.getKey(), List.copyOf(limits));
        }
        int maxKeys = (int) StoreSettings.number(servletContext, MAX_KEYS, DEFAULT_MAX_KEYS, 1, Integer.MAX_VALUE);
        if (mode == Mode.DATABASE && any && !(databaseCounter.isResolvable() && databaseCounter.get().isConfigured())) {
            throw new IllegalStateException(MODE + " is database, but the application gives the library no EntityManager:"
                    + " add a producer such as @Produces @PersistenceContext EntityManager entityManager; and the table"
                    + " MCP_RATE (META-INF/jeemcp/ddl), or set " + MODE + " to instance");
        }
        instance = new InstanceCounter(maxKeys);
        fullWindows = new FullWindows(maxKeys);
        config = new Config(mode, List.copyOf(global), perTool, Map.copyOf(byTool));
        if (mode != Mode.OFF && any) {
            LOG.log(System.Logger.Level.INFO, "Rate limits counted " + (mode == Mode.DATABASE ? "in the database (cluster-wide)"
                    : "per instance") + " for " + byTool.values().stream().filter(l -> !l.isEmpty()).count() + " tool(s)");
        }
    }

    private static void addIfSet(List<RateLimit> limits, RateLimit limit) {
        if (limit != null) {
            limits.add(limit);
        }
    }

    /** A tool's limits, narrowest first: its own, the per-tool setting, then the caller's and the tenant's over all tools. */
    private static List<RateLimit> limits(RateLimit own, RateLimit perTool, List<RateLimit> global) {
        List<RateLimit> limits = new ArrayList<>();
        addIfSet(limits, own);
        addIfSet(limits, perTool);
        limits.addAll(global);
        return limits;
    }

    @Override
    public Admission admit(String tool, RateLimit own) {
        Config current = config;
        if (current == null) {
            configure(Map.of()); // a tool called before the catalog was made (a test without one): settings only
            current = config;
        }
        if (current.mode() == Mode.OFF) {
            return Admission.NONE;
        }
        List<RateLimit> limits = current.byTool().get(tool);
        if (limits == null) {
            limits = limits(own, current.perTool(), current.global());
        }
        if (limits.isEmpty()) {
            return Admission.NONE;
        }
        Caller caller = needsCaller(limits) ? caller() : null;
        List<Check> checks = new ArrayList<>(limits.size());
        for (RateLimit limit : limits) {
            checks.add(new Check(limit.key(tool, caller), limit));
        }
        long now = clock.millis();
        if (current.mode() == Mode.INSTANCE) {
            InstanceCounter counter = instance;
            RateGate.Refused refused = counter.admit(checks, now);
            if (refused != null) {
                throw refused;
            }
            return once(() -> counter.giveBack(checks, now));
        }
        long known = fullWindows.refusal(checks, now);
        if (known > 0) {
            throw new RateGate.Refused(known, true); // a window seen full: no statement for a flood of refusals
        }
        admitInDatabase(checks, now);
        FullWindows full = fullWindows;
        return once(() -> giveBackInDatabase(full, checks, now));
    }

    /** The admission that gives back at most once, however often it is asked to. */
    private static Admission once(Runnable giveBack) {
        java.util.concurrent.atomic.AtomicBoolean given = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (given.compareAndSet(false, true)) {
                giveBack.run();
            }
        };
    }

    private void giveBackInDatabase(FullWindows full, List<Check> checks, long then) {
        try {
            databaseCounter.get().giveBack(checks, then);
            for (Check check : checks) {
                full.forget(check, then);
            }
        } catch (RuntimeException e) {
            // The refused call keeps its count until its window ends: the limit errs on the side of refusing.
            LOG.log(System.Logger.Level.WARNING, "A refused call's rate limit count could not be given back: " + e);
        }
    }

    private void admitInDatabase(List<Check> checks, long now) {
        DatabaseCounter database = databaseCounter.get();
        for (int attempt = 1; ; attempt++) {
            try {
                database.admit(checks, now);
                break;
            } catch (DatabaseCounter.WindowFull e) {
                boolean news = fullWindows.remember(e.check(), now);
                RateLimit limit = e.check().limit();
                throw new RateGate.Refused(limit.windowStart(now) + limit.windowMillis() - now, !news);
            } catch (RuntimeException e) {
                // Two instances inserting a window's row at once (the loser counts again by UPDATE), or a deadlock the
                // database broke by rolling one back (MariaDB's gap locks on that insert): the transaction rolled
                // back and counted nothing, so counting again is safe.
                // Each limit's new window may collide once at its boundary: as many tries as limits, and then some.
                if (attempt < MAX_ATTEMPTS + checks.size() && (e instanceof DatabaseCounter.Collision || isConcurrencyConflict(e))) {
                    continue;
                }
                Failures.rethrowProtocolFaults(e, "Rate limits"); // an unreachable database is a 503, as for any feature
                LOG.log(System.Logger.Level.WARNING, "Rate limits cannot be counted in the database (is the table MCP_RATE"
                        + " there?)", e);
                throw new IllegalStateException("Rate limits cannot be counted in the database");
            }
        }
        if (now >= nextPurge) {
            nextPurge = now + InstanceCounter.PURGE_EVERY_MS;
            purgeLater(database, now);
        }
    }

    /**
     * Deletes ended windows off the request thread (the managed executor, else the library's own daemon thread), in a
     * request context of its own: a delete over the whole table must not hold up the call that happened to be due.
     */
    private void purgeLater(DatabaseCounter database, long now) {
        Runnable purge = () -> {
            try {
                // With a grace: an instance whose clock runs ahead must not delete a window the others still count
                // in (they would insert it again at one, and that window could admit twice its limit).
                RequestContexts.within(beanManager, () -> database.purge(now - PURGE_GRACE_MS));
            } catch (RuntimeException e) {
                // Ended windows are deleted by the next purge.
                LOG.log(System.Logger.Level.WARNING, "Ended rate limit windows could not be deleted: " + e);
            }
        };
        try {
            Executor executor = executorForTests;
            (executor != null ? executor : background.executor()).execute(purge);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Ended rate limit windows wait for the next purge: the executor refused it");
        }
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    /** Whether the failure is the database's refusal of concurrent work (SQLState class 40: deadlock, serialization). */
    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsCaller(List<RateLimit> limits) {
        for (RateLimit limit : limits) {
            if (limit.scope() != McpRateLimit.Scope.GLOBAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * The caller as the counts know it, never from a header or anything else the client chooses. Each part is in a
     * namespace of its own, so that no tenant, principal name or the anonymous caller can reach another's count:
     * <ul>
     * <li>the tenant part is {@value #TENANT} and the tenant the resolver gives; for a caller it places in no tenant,
     * {@value #NO_TENANT} and the principal's name (each such caller counted under its name alone), or
     * {@value #ANONYMOUS} for an anonymous one (anonymous callers cannot be told apart: they share one count);</li>
     * <li>the caller part is {@value #PRINCIPAL} and the principal's name, or {@value #ANONYMOUS} (a principal named
     * {@code anonymous} is not the anonymous callers).</li>
     * </ul>
     * Keys are length-prefixed parts ({@link RateLimit#key}), so a prefix cannot run into the next part.
     */
    private Caller caller() {
        McpRequest request = CurrentRequest.get().orElse(null);
        String name = request == null ? null
                : request.caller().map(Principal::getName).filter(n -> n != null && !n.isBlank()).orElse(null);
        String callerPart = name == null ? ANONYMOUS : PRINCIPAL + name;
        if (request == null) {
            return new Caller(callerPart, ANONYMOUS);
        }
        try {
            return new Caller(callerPart, TENANT + Caller.current(tenantResolvers).tenant());
        } catch (NoTenantException e) {
            return new Caller(callerPart, name == null ? ANONYMOUS : NO_TENANT + name);
        }
    }

    /** The database windows this instance knows are full: for tests. */
    FullWindows fullWindows() {
        return fullWindows;
    }

    /** The counts of this instance: for tests. */
    InstanceCounter instanceCounter() {
        return instance;
    }
}
