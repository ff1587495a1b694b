package dev.jeemcp.mcp.cdi.internal;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;

/**
 * Runs a feature call with a request context active. A call answered on an event stream runs on a managed executor
 * thread, where none is; there one is activated for the call's duration, as for an HTTP request.
 */
final class RequestContexts {

    /** A call that reports what the method threw as an {@link InvocationTargetException}. */
    interface Call {
        Object run() throws InvocationTargetException;
    }

    private RequestContexts() {
    }

    static Object within(BeanManager beanManager, Call call) throws InvocationTargetException {
        if (active(beanManager)) {
            return call.run();
        }
        RequestContextController controller = beanManager.createInstance().select(RequestContextController.class).get();
        controller.activate();
        try {
            return call.run();
        } finally {
            controller.deactivate();
        }
    }

    private static boolean active(BeanManager beanManager) {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
