package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.cdi.internal.invocation.BusinessView;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodNames;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessSessionBean;
import jakarta.enterprise.inject.spi.SessionBeanType;
import java.lang.reflect.Method;

/**
 * What a feature method on an Enterprise Beans session bean must be, checked at deploy time. {@code @Stateless} and
 * {@code @Singleton} beans are called through the Enterprise Beans container like any other caller would call them;
 * a {@code @Stateful} bean holds one client's conversation, which a sessionless endpoint has no way to keep, so it
 * is refused.
 */
final class SessionBeans {

    private SessionBeans() {
    }

    /** @throws DefinitionException naming the method, when it cannot be served */
    static void check(ProcessManagedBean<?> event, Method method) {
        if (!(event instanceof ProcessSessionBean<?> session)) {
            return;
        }
        if (session.getSessionBeanType() == SessionBeanType.STATEFUL) {
            throw new DefinitionException("Method " + MethodNames.describe(method) + " is invalid: "
                    + session.getEjbName() + " is a @Stateful session bean, whose state belongs to one client's"
                    + " session, and the MCP endpoint keeps no session (every call could reach another instance)."
                    + " Make the bean @Stateless or @Singleton, or keep the state in a handle.");
        }
        if (BusinessView.of(event.getBean(), method).isEmpty()) {
            throw new DefinitionException("Method " + MethodNames.describe(method) + " is invalid: it is not a business"
                    + " method of session bean " + session.getEjbName() + ", which is reachable only through its business"
                    + " interfaces. Declare the method on its @Local interface, or give the bean a no-interface view"
                    + " (@LocalBean).");
        }
    }
}
