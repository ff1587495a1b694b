package dev.jeemcp.mcp.cdi.internal.health;

import dev.jeemcp.mcp.cdi.internal.invocation.RequestContexts;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.tasks.CdiTasks;
import dev.jeemcp.mcp.internal.EndpointState;
import dev.jeemcp.mcp.internal.Naming;
import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * The one readiness logic, which {@code /mcp-ready} (through the catalog) and the MicroProfile Health checks both
 * render: {@value ReadinessCheck#CATALOG} (the catalog is built), {@value ReadinessCheck#DATABASE} (the
 * application's datasource answers {@code SELECT 1} through its {@code EntityManager}, the one the handle store uses,
 * within {@link #BOUND}; only where the application has one) and {@value ReadinessCheck#TASKS} (the task executor
 * accepts work; only where tools run as tasks).
 */
@ApplicationScoped
public class McpReadiness {

    /** How long a caller waits for the database. Below a balancer's usual probe timeout, above a healthy query. */
    static final Duration BOUND = Duration.ofSeconds(2);
    /** How long an answer of the database is reused: a balancer polling every few milliseconds costs one query. */
    static final Duration FRESH = Duration.ofSeconds(1);
    /** How many given-up probes of the database are waited for at once: beyond that none starts until one ends or is forgotten. */
    static final int MAX_PROBES = 3;
    /** How many probes of the database may ever hang at once, forgotten ones included: beyond that readiness stays DOWN. */
    static final int MAX_HANGING_PROBES = 10;
    private static final String MANAGED_THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";
    private static final String QUERY_TIMEOUT_HINT = "jakarta.persistence.query.timeout";
    private static final System.Logger LOG = System.getLogger(McpReadiness.class.getName());

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    BeanManager injectedBeanManager;

    private volatile boolean built;
    private volatile CdiTasks tasks;
    private volatile BoundedProbe database;
    private volatile boolean lastDatabaseAnswer = true;

    /**
     * The catalog is built. Called by the catalog, on the thread that builds it: the servlet's start, where the
     * application's naming context is current and the database probe's thread factory can be looked up.
     *
     * @param taskRunner the runner of the catalog's tasks, or {@code null} when no tool runs as a task
     */
    public void catalogBuilt(CdiTasks taskRunner) {
        this.tasks = taskRunner;
        if (ApplicationBeans.get(EntityManager.class, entityManagers) != null) {
            BeanManager beanManager = ApplicationBeans.beanManager(injectedBeanManager);
            database = new BoundedProbe(() -> answersQuery(beanManager), probeThreads(), BOUND, FRESH, MAX_PROBES, MAX_HANGING_PROBES, System::nanoTime);
        }
        built = true;
    }

    /** Every check that applies here, in a fixed order; each is asked now (the database's answer may be a second old). */
    public List<ReadinessCheck> checks() {
        List<ReadinessCheck> checks = new ArrayList<>(3);
        for (String name : List.of(ReadinessCheck.CATALOG, ReadinessCheck.DATABASE, ReadinessCheck.TASKS)) {
            ReadinessCheck check = check(name);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * The check of that name, or {@code null} when it does not apply here. Only that one is asked: the catalog's and
     * the tasks' checks never wait on the database.
     */
    ReadinessCheck check(String name) {
        switch (name) {
            case ReadinessCheck.CATALOG:
                // An endpoint switched off (mcp.enabled=false) builds no catalog, and must not hold the application down.
                return new ReadinessCheck(ReadinessCheck.CATALOG, built || EndpointState.isSwitchedOff());
            case ReadinessCheck.DATABASE:
                BoundedProbe probe = database;
                return probe == null ? null : new ReadinessCheck(ReadinessCheck.DATABASE, databaseAnswers(probe));
            case ReadinessCheck.TASKS:
                CdiTasks runner = tasks;
                return runner == null ? null : new ReadinessCheck(ReadinessCheck.TASKS, runner.acceptsWork());
            default:
                return null;
        }
    }

    /** For tests outside a container: the catalog is built, with this database probe and task runner. */
    void built(BoundedProbe databaseProbe, CdiTasks taskRunner) {
        this.database = databaseProbe;
        this.tasks = taskRunner;
        this.built = true;
    }

    private boolean databaseAnswers(BoundedProbe probe) {
        boolean up = probe.up();
        if (up != lastDatabaseAnswer) {
            lastDatabaseAnswer = up;
            LOG.log(up ? System.Logger.Level.INFO : System.Logger.Level.WARNING, up
                    ? "Readiness: the database answers again"
                    : "Readiness: the database did not answer within " + BOUND.toMillis() + " ms; this instance is not ready");
        }
        return up;
    }

    /**
     * One trivial query, with a request context (the application's {@code EntityManager} may be request-scoped, as
     * on Tomcat) and a query timeout (which bounds the statement, though not the wait for a connection: the thread
     * and the bound of {@link BoundedProbe} do).
     */
    private boolean answersQuery(BeanManager beanManager) {
        return RequestContexts.within(beanManager, () -> {
            EntityManager entityManager = ApplicationBeans.get(EntityManager.class, entityManagers);
            return entityManager != null && entityManager.createNativeQuery("SELECT 1")
                    .setHint(QUERY_TIMEOUT_HINT, (int) BOUND.toMillis())
                    .getSingleResult() != null;
        });
    }

    /**
     * The container's managed thread factory, whose threads carry the application's naming context and class loader
     * (the JTA entity manager of Payara and WildFly needs them), else daemon threads of our own (Tomcat).
     */
    private static ThreadFactory probeThreads() {
        ThreadFactory managed = Naming.lookup(MANAGED_THREAD_FACTORY, ThreadFactory.class).orElse(null);
        if (managed != null) {
            return managed;
        }
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        return runnable -> {
            Thread thread = new Thread(runnable, "jeemcp-readiness");
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        };
    }
}
