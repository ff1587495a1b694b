package dev.jeemcp.sample.tomcat;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Transactional;
import java.util.Arrays;

/**
 * {@code @Transactional} without JTA (Tomcat): begins a transaction on the request's {@code EntityManager} when none is
 * active, and commits or rolls it back as the annotation's rules say (runtime exceptions roll back unless listed in
 * {@code dontRollbackOn}, checked ones commit unless listed in {@code rollbackOn}). A call inside an active transaction
 * joins it, as {@code TxType.REQUIRED} does; the other transaction types are not offered here.
 *
 * <p>Its {@code @Priority} enables it for the whole application, the library's beans included, just where a Jakarta EE
 * server's own {@code @Transactional} interceptor would run.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class LocalTransactions {

    @Inject
    EntityManager entityManager;

    @AroundInvoke
    Object inTransaction(InvocationContext context) throws Exception {
        EntityTransaction transaction = entityManager.getTransaction();
        if (transaction.isActive()) {
            return context.proceed();
        }
        transaction.begin();
        Object result;
        try {
            result = context.proceed();
        } catch (Exception e) {
            if (rollsBack(e, rules(context))) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
            throw e;
        } catch (Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();
        return result;
    }

    private static Transactional rules(InvocationContext context) {
        Transactional onMethod = context.getMethod().getAnnotation(Transactional.class);
        return onMethod != null ? onMethod : context.getMethod().getDeclaringClass().getAnnotation(Transactional.class);
    }

    private static boolean rollsBack(Exception e, Transactional rules) {
        if (rules != null && Arrays.stream(rules.dontRollbackOn()).anyMatch(type -> type.isInstance(e))) {
            return false;
        }
        if (rules != null && Arrays.stream(rules.rollbackOn()).anyMatch(type -> type.isInstance(e))) {
            return true;
        }
        return e instanceof RuntimeException;
    }
}
