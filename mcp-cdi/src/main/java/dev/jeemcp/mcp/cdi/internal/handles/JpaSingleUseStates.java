package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.HandleRecord;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import dev.jeemcp.mcp.spi.SingleUseStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Single-use {@code requestState}s in the handle table: a sealed state is a row, and using it is one guarded
 * {@code UPDATE … WHERE ID = ? AND OWNER = 'issued'}, which succeeds on exactly one instance. No insert can fail on
 * a duplicate key, so a replay never leaves a broken transaction behind. The rows expire with the state and are
 * purged with the handles, by the catalog's scheduled purge (see {@code JpaHandles.purgeExpired}).
 *
 * <p>The rows live outside every tenant's handles: their kind and ids contain a dot, which no {@code @HandleKind}
 * and no handle id can, so neither {@code Handles.list} nor a handle argument ever reaches them.
 */
@ApplicationScoped
public class JpaSingleUseStates implements SingleUseStates {

    static final String KIND = "jeemcp.requestState";
    private static final String ID_PREFIX = "jeemcp.rs.";
    /** Kept in OWNER, a short column every database compares (a LOB, such as PAYLOAD, not everywhere). */
    private static final String ISSUED = "issued";
    private static final String USED = "used";

    @Inject
    Instance<EntityManager> entityManagers;

    /** Told when a state is issued: its row is in the handle table, which the scheduled purge then visits. */
    @Inject
    JpaHandles handles;

    private final Clock clock = Clock.systemUTC();

    /** Whether the application has a persistence unit to keep the rows in. */
    public boolean isAvailable() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    @Override
    @Transactional
    public void issued(String id, Instant expiresAt) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Single-use requestState");
        handles.markUsed();
        HandleRecord row = new HandleRecord(ID_PREFIX + id, KIND, KIND, ISSUED, "{}", clock.millis(), expiresAt.toEpochMilli());
        Transactions.run(em, () -> {
            em.persist(row);
            em.flush();
            return null;
        });
    }

    @Override
    @Transactional
    public boolean claim(String id) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Single-use requestState");
        int claimed = Transactions.run(em, () -> em.createQuery("UPDATE HandleRecord h SET h.owner = :used, h.version = h.version + 1"
                        + " WHERE h.id = :id AND h.kind = :kind AND h.owner = :issued")
                .setParameter("used", USED).setParameter("id", ID_PREFIX + id).setParameter("kind", KIND)
                .setParameter("issued", ISSUED)
                .executeUpdate());
        return claimed == 1;
    }
}
