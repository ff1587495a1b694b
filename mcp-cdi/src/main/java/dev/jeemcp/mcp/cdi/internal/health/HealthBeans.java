package dev.jeemcp.mcp.cdi.internal.health;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import java.util.List;

/**
 * Adds the readiness logic, and the MicroProfile Health checks where the application's class loader has the API.
 * Testing by name loads nothing: on Tomcat, and on WildFly without its MicroProfile Health subsystem, the checks'
 * classes are never linked.
 */
public final class HealthBeans {

    private static final String HEALTH_API = "org.eclipse.microprofile.health.HealthCheck";

    private HealthBeans() {
    }

    public static void register(BeforeBeanDiscovery event, BeanManager beanManager) {
        add(event, beanManager, McpReadiness.class);
        if (hasHealthApi()) {
            for (Class<?> check : List.of(McpCatalogCheck.class, McpDatabaseCheck.class, McpTasksCheck.class, McpServletCheck.class)) {
                add(event, beanManager, check);
            }
        }
    }

    private static void add(BeforeBeanDiscovery event, BeanManager beanManager, Class<?> type) {
        event.addAnnotatedType(beanManager.createAnnotatedType(type), type.getName());
    }

    static boolean hasHealthApi() {
        try {
            Class.forName(HEALTH_API, false, HealthBeans.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
