package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.Naming;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds beans the application declares (its {@code EntityManager} producer, its {@code TenantResolver}) from library
 * code. Injection into a library bean is not enough: Payara resolves it from the library jar's bean archive, which
 * does not see the beans of {@code WEB-INF/classes}. The web module's own {@code BeanManager}, from JNDI, does.
 *
 * <p>The lookup and the resolution are done once per type. A bean of a normal scope ({@code @ApplicationScoped},
 * {@code @RequestScoped}, ...) is then one client proxy, kept; any other costs one {@code getReference} per call (the
 * entity manager of a {@code @Dependent} producer, the usual kind, which the handle store therefore asks for once per
 * request). The library jar lives in one application's {@code WEB-INF/lib}, so the cache is that application's.
 */
public final class ApplicationBeans {

    private static final String[] BEAN_MANAGER_NAMES = {"java:comp/BeanManager", "java:comp/env/BeanManager"}; // the second: Tomcat
    private static final Map<Class<?>, Optional<Resolved>> RESOLVED = new ConcurrentHashMap<>();
    private static volatile BeanManager module;
    private static volatile boolean looked;

    private ApplicationBeans() {
    }

    /** The application's bean of that type, else the injected one, else {@code null}. */
    public static <T> T get(Class<T> type, Instance<T> injected) {
        BeanManager manager = moduleBeanManager();
        if (manager != null) {
            Optional<Resolved> resolved = RESOLVED.computeIfAbsent(type, key -> resolve(manager, key));
            if (resolved.isPresent()) {
                return type.cast(resolved.get().reference(manager, type));
            }
        }
        return injected.isResolvable() ? injected.get() : null;
    }

    /**
     * The application's {@code EntityManager}, which the stores keep their rows with.
     *
     * @param who names the store in the error, such as {@code Handles}
     */
    public static EntityManager entityManager(Instance<EntityManager> injected, String who) {
        EntityManager entityManager = get(EntityManager.class, injected);
        if (entityManager == null) {
            throw new IllegalStateException(who + " need the application's EntityManager: add a producer such as"
                    + " @Produces @PersistenceContext EntityManager entityManager;");
        }
        return entityManager;
    }

    /**
     * The web module's {@code BeanManager}, which sees the application's beans (and observers), else {@code fallback}
     * (where there is no naming service: Java SE tests).
     */
    public static BeanManager beanManager(BeanManager fallback) {
        BeanManager manager = moduleBeanManager();
        return manager != null ? manager : fallback;
    }

    private static Optional<Resolved> resolve(BeanManager manager, Class<?> type) {
        Bean<?> bean;
        try {
            bean = manager.resolve(manager.getBeans(type));
        } catch (AmbiguousResolutionException e) {
            throw new IllegalStateException("More than one " + type.getSimpleName() + " bean: mark one @Alternative @Priority", e);
        }
        if (bean == null) {
            return Optional.empty();
        }
        Object proxy = manager.isNormalScope(bean.getScope()) ? manager.getReference(bean, type, manager.createCreationalContext(bean)) : null;
        return Optional.of(new Resolved(bean, proxy));
    }

    /** @param proxy the client proxy of a normal-scoped bean, valid for the application's life; else {@code null} */
    private record Resolved(Bean<?> bean, Object proxy) {
        Object reference(BeanManager manager, Class<?> type) {
            return proxy != null ? proxy : manager.getReference(bean, type, manager.createCreationalContext(bean));
        }
    }

    private static BeanManager moduleBeanManager() {
        if (!looked) {
            for (String name : BEAN_MANAGER_NAMES) {
                module = Naming.lookup(name, BeanManager.class).orElse(null);
                if (module != null) {
                    break;
                }
            }
            looked = true;
        }
        return module;
    }
}
