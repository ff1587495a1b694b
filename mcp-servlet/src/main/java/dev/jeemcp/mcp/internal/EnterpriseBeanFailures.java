package dev.jeemcp.mcp.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * What an Enterprise Beans container does to a business method's exception, undone so that the failure keeps its
 * meaning: a system exception arrives wrapped in {@code EJBException} (its cause is what the method threw), a refused
 * call is an {@code EJBAccessException}, and an {@code @ApplicationException} is the application's own answer to its
 * caller. By name, because servlet containers such as Tomcat have no Enterprise Beans API.
 */
final class EnterpriseBeanFailures {

    private static final String EJB_EXCEPTION = "jakarta.ejb.EJBException";
    private static final String ACCESS_EXCEPTION = "jakarta.ejb.EJBAccessException";
    private static final String APPLICATION_EXCEPTION = "jakarta.ejb.ApplicationException";
    private static final int MAX_WRAPPERS = 8;

    private EnterpriseBeanFailures() {
    }

    /** The exception a business method threw, without the {@code EJBException}s wrapped around it on the way out. */
    static Throwable unwrap(Throwable failure) {
        Throwable own = failure;
        for (int depth = 0; depth < MAX_WRAPPERS && ClassNames.isA(own, EJB_EXCEPTION) && !ClassNames.isA(own, ACCESS_EXCEPTION)
                && own.getCause() != null && own.getCause() != own; depth++) {
            own = own.getCause();
        }
        return own;
    }

    /** The container refused the call: the caller lacks a role the bean (or one it called) requires. */
    static boolean isAccessDenied(Throwable failure) {
        return ClassNames.isA(failure, ACCESS_EXCEPTION);
    }

    /**
     * Whether the exception's class is an {@code @ApplicationException}: one the application declared as an answer
     * for its callers, so its message is meant to be read. The annotation is inherited unless it says otherwise.
     */
    static boolean isApplicationException(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null && type != Throwable.class; type = type.getSuperclass()) {
            for (Annotation annotation : type.getDeclaredAnnotations()) {
                if (annotation.annotationType().getName().equals(APPLICATION_EXCEPTION)) {
                    return type == failure.getClass() || inherited(annotation);
                }
            }
        }
        return false;
    }

    private static boolean inherited(Annotation annotation) {
        try {
            Method inherited = annotation.annotationType().getMethod("inherited");
            return Boolean.TRUE.equals(inherited.invoke(annotation));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // the annotation's default
        }
    }
}
