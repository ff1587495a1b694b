package dev.jeemcp.mcp.cdi.internal.limits;

import dev.jeemcp.mcp.cdi.internal.store.ApplicationBeans;
import dev.jeemcp.mcp.cdi.internal.store.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Fixed-window counts in the application's database, exact for the whole cluster: each count is one guarded UPDATE
 * ({@code SET CALLS = CALLS + 1 WHERE ID = ? AND CALLS < limit}), which the database applies to the row's latest
 * committed value under its row lock, so no two instances can both take the last call of a window. A window's first
 * call inserts its row; two instances inserting at once collide on the primary key, and the loser counts again by
 * UPDATE ({@link RateLimiter} counts again, as after a deadlock the database broke). Portable JPQL only, for EclipseLink and Hibernate alike.
 *
 * <p>Every check runs in a transaction of its own ({@code REQUIRES_NEW} on a Jakarta EE server, a local one elsewhere),
 * never the tool's: a refusal rolls back the counts of the call's other limits, and the tool's own transaction
 * neither holds the rows' locks nor undoes a count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DatabaseCounter {

    @Inject
    Instance<EntityManager> entityManagers;

    /** Whether the application gives the library an entity manager. */
    public boolean isConfigured() {
        return ApplicationBeans.get(EntityManager.class, entityManagers) != null;
    }

    /**
     * Counts one call against each check, all or none.
     *
     * @throws WindowFull when a limit is reached (the transaction rolls back: nothing is counted)
     * @throws Collision when two instances inserted a window's row at once: count again
     */
    public void admit(List<Check> checks, long now) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Rate limits in database mode");
        Transactions.run(em, () -> {
            for (Check check : checks) {
                String id = check.rowId(now);
                if (increment(em, id, check.limit())) {
                    continue;
                }
                if (exists(em, id)) {
                    // Inserted by another instance between the two statements, it may still have room: a second
                    // UPDATE decides under the row's lock.
                    if (increment(em, id, check.limit())) {
                        continue;
                    }
                    throw new WindowFull(check); // rolls back the counts of the call's other limits
                }
                try {
                    em.persist(new RateRecord(id, 1, check.limit().windowStart(now) + check.limit().windowMillis()));
                    em.flush();
                } catch (RuntimeException e) {
                    em.clear(); // the failed row must not stay in a persistence context the tool may share (Tomcat)
                    throw new Collision(e);
                }
            }
            return null;
        });
    }

    private static boolean increment(EntityManager em, String id, RateLimit limit) {
        return em.createQuery("UPDATE RateRecord r SET r.calls = r.calls + 1 WHERE r.id = :id AND r.calls < :limit")
                .setParameter("id", id).setParameter("limit", limit.calls()).executeUpdate() == 1;
    }

    private static boolean exists(EntityManager em, String id) {
        return em.createQuery("SELECT COUNT(r) FROM RateRecord r WHERE r.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /**
     * Takes back one call counted at {@code then} against each check, by a guarded decrement ({@code CALLS > 0}):
     * applied under the row's lock to its latest committed count, as the increment is, so it holds across instances
     * and never goes below zero. A window that ended meanwhile is decremented in its own row, or not at all if it was
     * purged: the current window is never touched.
     */
    public void giveBack(List<Check> checks, long then) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Rate limits in database mode");
        Transactions.run(em, () -> {
            for (Check check : checks) {
                em.createQuery("UPDATE RateRecord r SET r.calls = r.calls - 1 WHERE r.id = :id AND r.calls > 0")
                        .setParameter("id", check.rowId(then)).executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the rows of every window that ended before {@code now}: the table holds live windows only. */
    public int purge(long now) {
        EntityManager em = ApplicationBeans.entityManager(entityManagers, "Rate limits in database mode");
        return Transactions.run(em, () -> em.createQuery("DELETE FROM RateRecord r WHERE r.windowEnd <= :now")
                .setParameter("now", now).executeUpdate());
    }

    /** A check's window is full: the call is refused, and its transaction rolls back. */
    public static final class WindowFull extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Check check;

        WindowFull(Check check) {
            super("rate limit window full", null, false, false); // a refusal, not a failure: no stack trace
            this.check = check;
        }

        Check check() {
            return check;
        }
    }

    /** Two instances inserted the same window's row at once; the transaction is rolled back and the call counts again. */
    public static final class Collision extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Collision(Throwable cause) {
            super("two instances inserted the same rate limit window at once", cause);
        }
    }
}
