package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.Naming;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs store work in a transaction whatever the persistence unit's type. On a Jakarta EE server the entity manager
 * is JTA: it joins the caller's transaction, which {@code @Transactional} on {@code JpaHandles} starts when there is
 * none. Without JTA (Tomcat, Java SE tests) the unit is RESOURCE_LOCAL, so the work begins and commits its own
 * transaction unless the application already began one.
 *
 * <p>Whether JTA is there is decided by looking for the container's transaction registry, not by calling
 * {@code EntityManager.getTransaction()}: on a JTA entity manager that call fails, and Payara then marks the
 * caller's transaction for rollback.
 */
public final class Transactions {

    private static final boolean JTA = jtaAvailable();
    private static final Map<String, Object> BYPASS_CACHE = Map.of(
            "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
            "jakarta.persistence.cache.storeMode", CacheStoreMode.BYPASS);

    private Transactions() {
    }

    public static <T> T run(EntityManager entityManager, Supplier<T> work) {
        if (JTA || entityManager.isJoinedToTransaction()) {
            return work.get();
        }
        EntityTransaction local = entityManager.getTransaction();
        local.begin();
        try {
            T result = work.get();
            local.commit();
            return result;
        } catch (RuntimeException e) {
            if (local.isActive()) {
                local.rollback();
            }
            throw e;
        }
    }

    /**
     * Reads a row by id from the database itself, past every cache (other instances write the same rows), detached so
     * that later reads in the same transaction see later bulk updates.
     */
    public static <T> T findFresh(EntityManager entityManager, Class<T> type, Object id) {
        return run(entityManager, () -> {
            T found = entityManager.find(type, id, BYPASS_CACHE);
            if (found != null) {
                entityManager.detach(found);
            }
            return found;
        });
    }

    private static boolean jtaAvailable() {
        return Naming.lookup("java:comp/TransactionSynchronizationRegistry", Object.class).isPresent();
    }
}
