package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Keeps each {@link McpAuditEvent} as one {@link AuditRecord} row, when {@code mcp.audit.sink=jpa}. Each row is
 * written in a transaction of its own ({@code REQUIRES_NEW} under JTA; a local one otherwise, unless the entity manager
 * is already in one), after the call: a call's row stands whether or not its own transaction committed, and says what
 * the library saw, so a call that rolled back because its method threw is recorded as {@code FAILED} (or
 * {@code ERROR_RESULT} for an {@code McpToolException}), never as {@code SUCCESS}. Rows are inserted, never updated,
 * and deleted only past {@code mcp.audit.retention} when it is set.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaAuditSink {

    @Inject
    Instance<EntityManager> entityManagers;

    /** Inserts the event's row. */
    public void write(McpAuditEvent event) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Audit rows (mcp.audit.sink=jpa)");
        AuditRecord row = new AuditRecord(event);
        Transactions.run(em, () -> {
            em.persist(row);
            em.flush();
            return null;
        });
        em.detach(row);
    }

    /**
     * Deletes at most {@code max} rows recorded before {@code cutoff} (epoch milliseconds), in this call's own
     * transaction: a bounded batch, so a purge never holds many locks or a long transaction. Portable JPQL: the ids
     * first (by the {@code RECORDED_AT} index), then those rows.
     *
     * @return how many rows were deleted; fewer than {@code max} when no older row is left
     */
    public int deleteRecordedBefore(long cutoff, int max) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Audit rows (mcp.audit.sink=jpa)");
        return Transactions.run(em, () -> {
            List<String> ids = em.createQuery("SELECT a.id FROM AuditRecord a WHERE a.at < :cutoff", String.class)
                    .setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
            return ids.isEmpty() ? 0 : em.createQuery("DELETE FROM AuditRecord a WHERE a.id IN :ids")
                    .setParameter("ids", ids).executeUpdate();
        });
    }
}
