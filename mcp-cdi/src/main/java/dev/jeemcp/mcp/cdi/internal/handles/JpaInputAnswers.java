package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.spi.InputAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The answers of 2025-era clients in {@code MCP_INPUT}, scoped to the caller of the current MCP request exactly like
 * handles: every statement compares the tenant and owner in their stored form, so an id asked for one caller is
 * unknown to every other. Storing an answer is one guarded {@code UPDATE … WHERE ANSWER IS NULL AND EXPIRES_AT >= now},
 * so a duplicate or late answer changes nothing. Expired rows are deleted by {@link #purgeExpired}, which the catalog's
 * scheduled purge calls every few minutes per instance, without a request and never in the transaction of an insert
 * (on MariaDB the range delete's gap locks made two concurrent first requests deadlock).
 *
 * <p>The table is a mailbox between instances: every statement runs in a transaction of its own
 * ({@code REQUIRES_NEW}), never in one the caller may have open around the request (a filter's, say). Joined to such a
 * transaction, a recorded request would stay invisible to the instance that stores its answer until the call ended
 * (the answer refused), and on MariaDB's REPEATABLE READ the waiting call's polls would read one snapshot and never
 * see the answer. Without JTA (Tomcat) the interceptor the application provides decides; it usually joins.
 *
 * <p>An application upgraded without the {@code MCP_INPUT} DDL has no table: the first statement that finds none logs
 * one warning naming the table and the script, and from then on every caller is "not kept" ({@code -32021} for a
 * 2025-era client, as before the table existed), not a 500.
 */
@ApplicationScoped
public class JpaInputAnswers implements InputAnswers {

    private static final String WHAT = "Input requests of 2025-era clients";

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    private static final System.Logger LOG = System.getLogger(JpaInputAnswers.class.getName());
    /** SQLSTATEs of a missing table: PostgreSQL, MariaDB and H2 (standard), H2 (its own). */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42P01", "42S02", "42102");

    /** How long after its expiry a row is kept at least: more than instances' clocks differ. */
    static final long PURGE_GRACE_MS = 60_000;
    /**
     * How long after its expiry, by this instance's clock, a row still takes its answer: the expiry is the asking
     * instance's, whose clock may be behind; the waiting call ends at its own deadline anyway. Less than the purge's
     * grace, so that no answer goes into a row a purge may be deleting.
     */
    static final long ANSWER_GRACE_MS = 30_000;

    private Clock clock = Clock.systemUTC();
    /** Set once a statement found no {@code MCP_INPUT}; the application must be redeployed after its DDL is applied. */
    private volatile boolean tableMissing;

    /** Whether the application has a persistence unit to keep the rows in. */
    public boolean isAvailable() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    /** For tests: the table is looked for again. */
    void forgetMissingTable() {
        tableMissing = false;
    }

    /** For tests of expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean asked(String id, String callId, Instant expiresAt, int maxPending) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        long now = clock.millis();
        return guarded(() -> Transactions.run(em, () -> {
            long open = em.createQuery("SELECT COUNT(r) FROM InputRecord r WHERE r.tenant = :tenant AND r.owner = :owner"
                            + " AND r.expiresAt >= :now", Long.class)
                    .setParameter("tenant", caller.tenant()).setParameter("owner", caller.name()).setParameter("now", now)
                    .getSingleResult();
            if (open >= maxPending) {
                return false;
            }
            em.persist(new InputRecord(id, callId, caller.tenant(), caller.name(), expiresAt.toEpochMilli()));
            em.flush();
            return true;
        }));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void purgeExpired() {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        long now = clock.millis() - PURGE_GRACE_MS;
        guarded(() -> Transactions.run(em, () -> em.createQuery("DELETE FROM InputRecord r WHERE r.expiresAt < :now")
                .setParameter("now", now).executeUpdate()));
    }

    /**
     * Runs a statement, unless the table is known to be missing; a missing table is reported once and then refuses
     * every caller as one the store keeps nothing for.
     */
    private <T> T guarded(Supplier<T> statement) {
        if (tableMissing) {
            throw new McpToolException("Input requests cannot be kept: MCP_INPUT is missing");
        }
        try {
            return statement.get();
        } catch (PersistenceException e) {
            if (!missingTable(e)) {
                throw e;
            }
            if (!tableMissing) {
                tableMissing = true;
                LOG.log(System.Logger.Level.WARNING, "Table MCP_INPUT is missing: 2025-era clients are not asked for input"
                        + " (-32021) until it is created with META-INF/jeemcp/ddl/<database>.sql from jeemcp-mcp-cdi"
                        + " (see docs/guides/input-and-progress.md) and the application is redeployed");
            }
            throw new McpToolException("Input requests cannot be kept: MCP_INPUT is missing");
        }
    }

    private static boolean missingTable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && NO_SUCH_TABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean answered(String id, String answer) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        int stored = guarded(() -> Transactions.run(em, () -> em.createQuery("UPDATE InputRecord r SET r.answer = :answer WHERE r.id = :id"
                        + " AND r.tenant = :tenant AND r.owner = :owner AND r.answer IS NULL AND r.expiresAt >= :now")
                .setParameter("answer", answer).setParameter("id", id).setParameter("tenant", caller.tenant())
                .setParameter("owner", caller.name()).setParameter("now", clock.millis() - ANSWER_GRACE_MS)
                .executeUpdate()));
        return stored == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> answer(String id) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        List<String> found = guarded(() -> Transactions.run(em, () -> em.createQuery("SELECT r.answer FROM InputRecord r WHERE r.id = :id"
                        + " AND r.tenant = :tenant AND r.owner = :owner AND r.answer IS NOT NULL", String.class)
                .setParameter("id", id).setParameter("tenant", caller.tenant()).setParameter("owner", caller.name())
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList()));
        return found.stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String id) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        guarded(() -> Transactions.run(em, () -> em.createQuery("DELETE FROM InputRecord r WHERE r.id = :id AND r.tenant = :tenant"
                        + " AND r.owner = :owner")
                .setParameter("id", id).setParameter("tenant", caller.tenant()).setParameter("owner", caller.name())
                .executeUpdate()));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int cancel(String callId) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        return guarded(() -> Transactions.run(em, () -> em.createQuery("UPDATE InputRecord r SET r.answer = :cancelled"
                        + " WHERE r.callId = :callId AND r.tenant = :tenant AND r.owner = :owner AND r.expiresAt >= :now")
                .setParameter("cancelled", CANCELLED).setParameter("callId", callId).setParameter("tenant", caller.tenant())
                .setParameter("owner", caller.name()).setParameter("now", clock.millis())
                .executeUpdate()));
    }
}
