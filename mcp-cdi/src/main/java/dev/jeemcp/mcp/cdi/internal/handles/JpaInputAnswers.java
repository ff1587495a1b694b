package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import dev.jeemcp.mcp.handles.TenantResolver;
import dev.jeemcp.mcp.spi.InputAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answers of 2025-era clients in {@code MCP_INPUT}, scoped to the caller of the current MCP request exactly like
 * handles: every statement compares the tenant and owner in their stored form, so an id asked for one caller is
 * unknown to every other. Storing an answer is one guarded {@code UPDATE … WHERE ANSWER IS NULL AND EXPIRES_AT >= now},
 * so a duplicate or late answer changes nothing. Expired rows are deleted whenever a request is recorded, so none
 * outlives its expiry by more than the next request of anybody.
 */
@ApplicationScoped
@Transactional
public class JpaInputAnswers implements InputAnswers {

    private static final String WHAT = "Input requests of 2025-era clients";

    @Inject
    Instance<EntityManager> entityManagers;

    @Inject
    Instance<TenantResolver> tenantResolvers;

    private Clock clock = Clock.systemUTC();

    /** Whether the application has a persistence unit to keep the rows in. */
    public boolean isAvailable() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    /** For tests of expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean asked(String id, Instant expiresAt, int maxPending) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        long now = clock.millis();
        return Transactions.run(em, () -> {
            em.createQuery("DELETE FROM InputRecord r WHERE r.expiresAt < :now").setParameter("now", now).executeUpdate();
            long open = em.createQuery("SELECT COUNT(r) FROM InputRecord r WHERE r.tenant = :tenant AND r.owner = :owner"
                            + " AND r.expiresAt >= :now", Long.class)
                    .setParameter("tenant", caller.tenant()).setParameter("owner", caller.name()).setParameter("now", now)
                    .getSingleResult();
            if (open >= maxPending) {
                return false;
            }
            em.persist(new InputRecord(id, caller.tenant(), caller.name(), expiresAt.toEpochMilli()));
            em.flush();
            return true;
        });
    }

    @Override
    public boolean answered(String id, String answer) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        int stored = Transactions.run(em, () -> em.createQuery("UPDATE InputRecord r SET r.answer = :answer WHERE r.id = :id"
                        + " AND r.tenant = :tenant AND r.owner = :owner AND r.answer IS NULL AND r.expiresAt >= :now")
                .setParameter("answer", answer).setParameter("id", id).setParameter("tenant", caller.tenant())
                .setParameter("owner", caller.name()).setParameter("now", clock.millis())
                .executeUpdate());
        return stored == 1;
    }

    @Override
    public Optional<String> answer(String id) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        List<String> found = Transactions.run(em, () -> em.createQuery("SELECT r.answer FROM InputRecord r WHERE r.id = :id"
                        + " AND r.tenant = :tenant AND r.owner = :owner AND r.answer IS NOT NULL", String.class)
                .setParameter("id", id).setParameter("tenant", caller.tenant()).setParameter("owner", caller.name())
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList());
        return found.stream().findFirst();
    }

    @Override
    public void forget(String id) {
        Caller caller = Caller.current(tenantResolvers);
        EntityManager em = ApplicationBeans.entityManager(entityManagers, WHAT);
        Transactions.run(em, () -> em.createQuery("DELETE FROM InputRecord r WHERE r.id = :id AND r.tenant = :tenant"
                        + " AND r.owner = :owner")
                .setParameter("id", id).setParameter("tenant", caller.tenant()).setParameter("owner", caller.name())
                .executeUpdate());
    }
}
