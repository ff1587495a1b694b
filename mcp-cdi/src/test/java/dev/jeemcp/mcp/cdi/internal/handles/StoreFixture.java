package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.cdi.internal.caller.TenantSettings;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.handles.Handles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The handle store as an application runs it: Weld, Hibernate, a RESOURCE_LOCAL unit with the library's mapping
 * file, and the table made by the library's own DDL script. One per database, kept for the whole test run.
 */
public final class StoreFixture {

    private static final Map<Database, StoreFixture> FIXTURES = new EnumMap<>(Database.class);

    final Database database;
    public final EntityManagerFactory entityManagers;
    final WeldContainer container;
    final JpaHandles store;

    /** Produces the application's request-scoped EntityManager, as a Tomcat application would. */
    public static final class EntityManagerProducer implements Extension {
        private final EntityManagerFactory factory;

        public EntityManagerProducer(EntityManagerFactory factory) {
            this.factory = factory;
        }

        void addProducer(@Observes AfterBeanDiscovery event) {
            event.addBean().types(EntityManager.class, Object.class).scope(RequestScoped.class)
                    .produceWith(instance -> factory.createEntityManager())
                    .disposeWith((entityManager, instance) -> entityManager.close());
        }
    }

    private StoreFixture(Database database) {
        this.database = database;
        database.prepare();
        entityManagers = Persistence.createEntityManagerFactory("handles-test", Map.of(
                "jakarta.persistence.jdbc.url", database.url,
                "jakarta.persistence.jdbc.user", database.user,
                "jakarta.persistence.jdbc.password", database.password));
        container = new Weld("handles-" + database.name())
                .disableDiscovery()
                .addBeanClasses(JpaHandles.class, JpaHandles.OwnTransaction.class, DefaultTenantResolver.class, JpaSingleUseStates.class, JpaInputAnswers.class)
                .addExtension(new EntityManagerProducer(entityManagers))
                .initialize();
        store = container.select(JpaHandles.class).get();
    }

    public static synchronized StoreFixture on(Database database) {
        return FIXTURES.computeIfAbsent(database, StoreFixture::new);
    }

    JpaSingleUseStates singleUseStates() {
        return container.select(JpaSingleUseStates.class).get();
    }

    JpaInputAnswers inputAnswers() {
        return container.select(JpaInputAnswers.class).get();
    }

    Handles handles() {
        return store;
    }

    /** Runs work in a request of that caller with those roles, as a tool call does. */
    <T> T as(String user, String[] roles, Supplier<T> work) {
        return in(dev.jeemcp.mcp.cdi.internal.TestRequests.caller(user, roles), work);
    }

    /** Runs work in a request of that caller (null: anonymous), as a tool call does. */
    <T> T as(String user, Supplier<T> work) {
        return in(caller(user), work);
    }

    /** Runs work in that request, as a tool call does. */
    <T> T in(McpRequest request, Supplier<T> work) {
        RequestContextController requestContext = container.select(RequestContextController.class).get();
        requestContext.activate();
        try {
            return CurrentRequest.with(request, work);
        } finally {
            requestContext.deactivate();
        }
    }

    /**
     * Runs a test with these settings (system properties, as an application without a web module has them), then
     * restores the defaults. The store and the resolver read them again on either side.
     */
    <T> T withSettings(Map<String, String> settings, Supplier<T> test) {
        settings.forEach(System::setProperty);
        forgetSettings();
        try {
            return test.get();
        } finally {
            settings.keySet().forEach(System::clearProperty);
            forgetSettings();
        }
    }

    private void forgetSettings() {
        store.forgetSettings();
        TenantSettings.reread(container.select(DefaultTenantResolver.class).get());
    }

    /** Runs work with the request scope active but no MCP request, as a scheduled job or a servlet filter would. */
    <T> T withoutRequest(Supplier<T> work) {
        RequestContextController requestContext = container.select(RequestContextController.class).get();
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.deactivate();
        }
    }

    Statistics statistics() {
        return entityManagers.unwrap(SessionFactory.class).getStatistics();
    }

    private static McpRequest caller(String user) {
        return TestRequests.caller(user);
    }
}
