package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * Runs work with a request context active. Managed executor threads (a call answered on an event stream, a task run,
 * its heartbeat) have none, and request-scoped beans such as an entity manager need one: there one is activated for
 * the work's duration, as for an HTTP request. Where one is active already, the work just runs.
 */
public final class RequestContexts {

    /** Work that may throw {@code E}. */
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private RequestContexts() {
    }

    public static <T, E extends Exception> T within(BeanManager beanManager, Work<T, E> work) throws E {
        if (active(beanManager)) {
            return work.run();
        }
        Instance<RequestContextController> controllers = beanManager.createInstance().select(RequestContextController.class);
        RequestContextController controller = controllers.get();
        controller.activate();
        try {
            return work.run();
        } finally {
            controller.deactivate();
            controllers.destroy(controller);
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
