package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps each {@link McpAuditEvent} as one {@link AuditRecord} row, when {@code mcp.audit.sink=jpa}. Each row is
 * written in a transaction of its own ({@code REQUIRES_NEW} under JTA; a local one otherwise, unless the entity manager
 * is already in one), after the call: a call's row stands whether or not its own transaction committed, and says what
 * the library saw, so a call that rolled back because its method threw is recorded as {@code FAILED} (or
 * {@code ERROR_RESULT} for an {@code McpToolException}), never as {@code SUCCESS}. Insert only.
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
}
