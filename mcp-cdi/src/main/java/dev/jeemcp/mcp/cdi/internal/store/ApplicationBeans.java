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
 * <p>The lookup and the resolution are done once per type; a call then costs one {@code getReference}. The library
 * jar lives in one application's {@code WEB-INF/lib}, so the cache is that application's.
 */
public final class ApplicationBeans {

    private static final String[] BEAN_MANAGER_NAMES = {"java:comp/BeanManager", "java:comp/env/BeanManager"}; // the second: Tomcat
    private static final Map<Class<?>, Optional<Bean<?>>> RESOLVED = new ConcurrentHashMap<>();
    private static volatile BeanManager module;
    private static volatile boolean looked;

    private ApplicationBeans() {
    }

    /** The application's bean of that type, else the injected one, else {@code null}. */
    public static <T> T get(Class<T> type, Instance<T> injected) {
        BeanManager manager = moduleBeanManager();
        if (manager != null) {
            Optional<Bean<?>> bean = RESOLVED.computeIfAbsent(type, key -> resolve(manager, key));
            if (bean.isPresent()) {
                return type.cast(manager.getReference(bean.get(), type, manager.createCreationalContext(bean.get())));
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

    private static Optional<Bean<?>> resolve(BeanManager manager, Class<?> type) {
        try {
            return Optional.ofNullable(manager.resolve(manager.getBeans(type)));
        } catch (AmbiguousResolutionException e) {
            throw new IllegalStateException("More than one " + type.getSimpleName() + " bean: mark one @Alternative @Priority", e);
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
