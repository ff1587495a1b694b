package dev.jeemcp.mcp.cdi.internal.health;

import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;

/**
 * Adds the readiness logic, and the MicroProfile Health checks where the application's class loader has the API.
 * Testing by name loads nothing: on Tomcat, and on WildFly without its MicroProfile Health subsystem, the checks'
 * classes are never linked.
 */
public final class HealthBeans {

    private static final String HEALTH_API = "org.eclipse.microprofile.health.HealthCheck";

    private HealthBeans() {
    }

    /** The readiness logic, a bean wherever the library is. */
    public static void register(BeforeBeanDiscovery event, BeanManager beanManager) {
        event.addAnnotatedType(beanManager.createAnnotatedType(McpReadiness.class), McpReadiness.class.getName());
    }

    /**
     * The MicroProfile Health checks, where the API is, as beans filed under {@code anchor} (a class of the
     * application that declares MCP features, or {@code null}): see {@link HealthCheckBean} for why.
     */
    public static void addChecks(AfterBeanDiscovery event, BeanManager beanManager, Class<?> anchor) {
        if (hasHealthApi()) {
            HealthCheckBean.addAll(event, beanManager, anchor);
        }
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
