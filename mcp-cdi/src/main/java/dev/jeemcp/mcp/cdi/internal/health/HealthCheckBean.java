package dev.jeemcp.mcp.cdi.internal.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.PassivationCapable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * One of the library's MicroProfile Health checks as a bean of the application's own archive. Loaded only
 * where the MicroProfile Health API is (see {@link HealthBeans}).
 *
 * <p>WildFly 39 quirk worked around: its MicroProfile Health extension looks the checks up with the bean manager of
 * the deployment's top-level bean archive, which does not see beans of a library jar that is no bean archive (where a
 * type added by an extension, or a bean built with a configurator, lands). Weld files a bean given as a {@link Bean}
 * under the archive of its {@linkplain #getBeanClass() bean class}, so each check names a class of the application
 * that declares MCP features, and WildFly lists it beside the application's own checks.
 *
 * <p>Payara 6 and 7 quirk worked around: Payara finds checks by their qualifiers in {@code ProcessBean}, which a bean
 * added this way fires too, but only watches an application whose classes carry {@code @Readiness} or
 * {@code @Liveness} (with none, it listed none of these beans). So each check class carries its qualifier, yet is no
 * bean of its own: as a bean too, Payara listed every check twice ({@code ReadinessIT} asserts each is listed once).
 */
final class HealthCheckBean implements Bean<HealthCheck>, PassivationCapable {

    private final Class<?> beanClass;
    private final Annotation kind;
    private final String id;
    private final Supplier<HealthCheck> check;

    private HealthCheckBean(Class<?> beanClass, Annotation kind, String id, Supplier<HealthCheck> check) {
        this.beanClass = beanClass;
        this.kind = kind;
        this.id = id;
        this.check = check;
    }

    /**
     * Adds the readiness checks and the servlet's liveness check.
     *
     * @param anchor a class of the application's archive that declares MCP features; without one there is nothing to
     *               file them under, none is added, and {@code /mcp-ready} answers on WildFly
     */
    static void addAll(AfterBeanDiscovery event, BeanManager beanManager, Class<?> anchor) {
        if (anchor == null) {
            return;
        }
        Supplier<McpReadiness> readiness = () -> beanManager.createInstance().select(McpReadiness.class).get();
        for (ReadinessHealthCheck check : List.of(new McpCatalogCheck(), new McpDatabaseCheck(), new McpTasksCheck())) {
            event.addBean(new HealthCheckBean(anchor, Readiness.Literal.INSTANCE,
                    check.getClass().getName(), () -> check.with(readiness.get())));
        }
        event.addBean(new HealthCheckBean(anchor, Liveness.Literal.INSTANCE,
                McpServletCheck.class.getName(), McpServletCheck::new));
    }

    @Override
    public Class<?> getBeanClass() {
        return beanClass;
    }

    @Override
    public Set<InjectionPoint> getInjectionPoints() {
        return Set.of();
    }

    @Override
    public HealthCheck create(CreationalContext<HealthCheck> context) {
        return check.get();
    }

    @Override
    public void destroy(HealthCheck instance, CreationalContext<HealthCheck> context) {
        context.release();
    }

    @Override
    public Set<Type> getTypes() {
        return Set.of(HealthCheck.class, Object.class);
    }

    @Override
    public Set<Annotation> getQualifiers() {
        return Set.of(kind, Any.Literal.INSTANCE);
    }

    @Override
    public Class<? extends Annotation> getScope() {
        return Dependent.class;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public Set<Class<? extends Annotation>> getStereotypes() {
        return Set.of();
    }

    @Override
    public boolean isAlternative() {
        return false;
    }

    @Override
    public String getId() {
        return "jeemcp-health:" + id;
    }
}
