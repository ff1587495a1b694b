package dev.jeemcp.mcp.cdi.internal.limits;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The rate limiter as an application runs it, without HTTP: Weld with the limiter, the database counter and the
 * default tenant resolver, the settings as system properties (as an application without a web module has them) for
 * the fixture's lifetime, a clock the test moves, and, in database mode, Hibernate on a real database with the table
 * made by the library's DDL.
 */
final class RateFixture implements AutoCloseable {

    /** A fixed point in a window of every length the tests use: midnight UTC. */
    static final long START = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();

    final WeldContainer container;
    final RateLimiter limiter;
    final AtomicLong now = new AtomicLong(START);
    private final Map<String, String> settings;
    private final StoreFixture store;

    /** In instance mode, with those settings (name, value, ...). */
    static RateFixture instance(String... settings) {
        return new RateFixture(null, settings);
    }

    /** In database mode on that database, with those settings. */
    static RateFixture database(Database database, String... settings) {
        String[] all = new String[settings.length + 2];
        all[0] = RateLimiter.MODE;
        all[1] = "database";
        System.arraycopy(settings, 0, all, 2, settings.length);
        return new RateFixture(database, all);
    }

    private RateFixture(Database database, String... pairs) {
        settings = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        settings.forEach(System::setProperty);
        store = database == null ? null : StoreFixture.on(database);
        Weld weld = new Weld("rates-" + System.nanoTime()).disableDiscovery()
                .addBeanClasses(RateLimiter.class, DatabaseCounter.class, DefaultTenantResolver.class);
        if (store != null) {
            weld.addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers));
        }
        container = weld.initialize();
        limiter = container.select(RateLimiter.class).get();
        limiter.useExecutor(Runnable::run); // purges at once, where tests count the rows; PurgesRunOffTheRequestThreadTest sees them later
        limiter.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        });
        inRequest(null, () -> {
            limiter.configure(Map.of());
            return null;
        });
    }

    /** Configures the limiter again, as the catalog does, with these tools' own limits. */
    void tools(Map<String, RateLimit> own) {
        inRequest(null, () -> {
            limiter.configure(own);
            return null;
        });
    }

    /** Whether the call of that caller ({@code null}: anonymous, with those roles) to that tool is admitted. */
    boolean admits(String user, String tool, RateLimit own, String... roles) {
        return refusal(user, tool, own, roles) == null;
    }

    /** The refusal of that call, or {@code null} when it is admitted. */
    McpRateLimitedException refusal(String user, String tool, RateLimit own, String... roles) {
        return inRequest(user, roles, () -> {
            try {
                limiter.admit(tool, own);
                return null;
            } catch (McpRateLimitedException e) {
                return e;
            }
        });
    }

    /** The admission of that call (it must be admitted), to give back. */
    RateGate.Admission admission(String user, String tool, RateLimit own) {
        return inRequest(user, () -> limiter.admit(tool, own));
    }

    /** Gives the admission back as a tool's request does, within a request context. */
    void giveBack(RateGate.Admission admission) {
        inRequest(null, () -> {
            admission.giveBack();
            return null;
        });
    }

    /** A limit as {@code @McpRateLimit} declares it. */
    static RateLimit own(int calls, String per, McpRateLimit.Scope scope) {
        String[] problem = new String[1];
        RateLimit limit = RateLimit.of(new McpRateLimit() {
            @Override
            public Class<McpRateLimit> annotationType() {
                return McpRateLimit.class;
            }

            @Override
            public int calls() {
                return calls;
            }

            @Override
            public String per() {
                return per;
            }

            @Override
            public Scope scope() {
                return scope;
            }
        }, problem);
        if (limit == null) {
            throw new IllegalArgumentException(problem[0]);
        }
        return limit;
    }

    /** The rows of the count table, read with SQL past the limiter. */
    long rows() {
        return inRequest(null, () -> {
            EntityManager em = store.entityManagers.createEntityManager();
            try {
                return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM MCP_RATE").getSingleResult()).longValue();
            } finally {
                em.close();
            }
        });
    }

    /** How many statements this fixture's database has been sent so far (Hibernate's statistics). */
    long statements() {
        return store.entityManagers.unwrap(org.hibernate.SessionFactory.class).getStatistics().getPrepareStatementCount();
    }

    /** Empties the count table, so that each test starts with no windows. */
    void clearTable() {
        EntityManager em = store.entityManagers.createEntityManager();
        try {
            em.getTransaction().begin();
            em.createNativeQuery("DELETE FROM MCP_RATE").executeUpdate();
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private <T> T inRequest(String user, java.util.function.Supplier<T> work) {
        return inRequest(user, new String[0], work);
    }

    private <T> T inRequest(String user, String[] roles, java.util.function.Supplier<T> work) {
        RequestContextController context = container.select(RequestContextController.class).get();
        context.activate();
        try {
            return CurrentRequest.with(TestRequests.caller(user, roles), work);
        } finally {
            context.deactivate();
        }
    }

    @Override
    public void close() {
        container.close();
        settings.keySet().forEach(System::clearProperty);
    }
}
