package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.Naming;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs store work in a transaction whatever the persistence unit's type. On a Jakarta EE server the entity manager
 * is JTA: it joins the caller's transaction, which a {@code @Transactional} bean of the store starts when there is
 * none ({@link #needsOneOfItsOwn}). Without JTA (Tomcat, Java SE tests) the unit is RESOURCE_LOCAL, so the work
 * begins and commits its own transaction unless the application already began one.
 *
 * <p>Whether JTA is there is decided by looking for the container's transaction registry, not by calling
 * {@code EntityManager.getTransaction()}: on a JTA entity manager that call fails, and Payara then marks the
 * caller's transaction for rollback.
 */
public final class Transactions {

    /** The container's transaction registry, kept as an Object: without JTA (Tomcat) its interface may be absent. */
    private static final Object REGISTRY = Naming.lookup("java:comp/TransactionSynchronizationRegistry", Object.class).orElse(null);
    private static final boolean JTA = REGISTRY != null;
    /**
     * EclipseLink's entity manager property (its {@code EntityManagerProperties.JOIN_EXISTING_TRANSACTION}) that makes
     * it read through the transaction's connection. Without it, EclipseLink (Payara, GlassFish) reads through a second,
     * non-transactional connection until the first write: a handle read then ran outside the transaction its guarded
     * update ran in, and every call took two connections from the pool (each validated with a round trip to the
     * database where the pool validates connections, as the sample's does). Other providers always read in the
     * transaction and ignore the name.
     */
    private static final String READ_IN_TRANSACTION = "eclipselink.transaction.join-existing";
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

    /** Whether the store's work needs a JTA transaction begun for it: JTA is there, and the caller has none. */
    public static boolean needsOneOfItsOwn() {
        return JTA && !Jta.inTransaction();
    }

    /**
     * The entity manager, made to read in the JTA transaction that is active, if any (see {@link #READ_IN_TRANSACTION}).
     * It is the application's own persistence context for that transaction, so its own reads in the rest of the
     * transaction go through the transaction's connection too (docs/servers/payara.md lists what that changes). Outside
     * a transaction nothing is set: a transaction-scoped entity manager would make a new context for it.
     */
    public static EntityManager readingInTransaction(EntityManager entityManager) {
        if (JTA && Jta.inTransaction()) {
            // An application-managed entity manager (a producer's emf.createEntityManager()), kept for the request,
            // joins only the transaction it was created in: the next one of the same request it must join.
            if (!entityManager.isJoinedToTransaction()) {
                entityManager.joinTransaction();
            }
            entityManager.setProperty(READ_IN_TRANSACTION, "true");
        }
        return entityManager;
    }

    /** Loaded only where JTA is. */
    private static final class Jta {
        static boolean inTransaction() {
            return ((TransactionSynchronizationRegistry) REGISTRY).getTransactionKey() != null;
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
}
