package dev.jeemcp.mcp.handles.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.function.Supplier;

/**
 * Runs store work in a transaction whatever the persistence unit's type. A JTA entity manager (Jakarta EE servers)
 * joins the caller's transaction, which {@code @Transactional} on {@link JpaHandles} starts when there is none. A
 * RESOURCE_LOCAL one (Tomcat, Java SE tests) has no container transaction, so the work begins and commits its own
 * unless the application already began one.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T run(EntityManager entityManager, Supplier<T> work) {
        EntityTransaction local;
        try {
            local = entityManager.getTransaction();
        } catch (IllegalStateException jta) {
            return work.get(); // JTA: getTransaction() is not allowed, and the container owns the transaction
        }
        if (local.isActive()) {
            return work.get();
        }
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
}
