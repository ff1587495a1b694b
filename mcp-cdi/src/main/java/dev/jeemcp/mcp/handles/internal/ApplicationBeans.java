package dev.jeemcp.mcp.handles.internal;

import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds beans the application declares (its {@code EntityManager} producer, its {@code TenantResolver}) from library
 * code. Injection into a library bean is not enough: Payara resolves it from the library jar's bean archive, which
 * does not see the beans of {@code WEB-INF/classes}. The web module's own {@code BeanManager}, from JNDI, does.
 */
final class ApplicationBeans {

    private static final String[] BEAN_MANAGER_NAMES = {"java:comp/BeanManager", "java:comp/env/BeanManager"}; // the second: Tomcat

    private ApplicationBeans() {
    }

    /** The application's bean of that type, else the injected one, else {@code null}. */
    static <T> T get(Class<T> type, Instance<T> injected) {
        BeanManager module = moduleBeanManager();
        if (module != null) {
            try {
                Bean<?> bean = module.resolve(module.getBeans(type));
                if (bean != null) {
                    return type.cast(module.getReference(bean, type, module.createCreationalContext(bean)));
                }
            } catch (AmbiguousResolutionException e) {
                throw new IllegalStateException("More than one " + type.getSimpleName() + " bean: mark one @Alternative @Priority", e);
            }
        }
        return injected.isResolvable() ? injected.get() : null;
    }

    private static BeanManager moduleBeanManager() {
        for (String name : BEAN_MANAGER_NAMES) {
            try {
                return (BeanManager) new InitialContext().lookup(name);
            } catch (NamingException | ClassCastException e) {
                // not bound under this name in this container
            }
        }
        return null;
    }
}
