package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.ReadinessCheck;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readiness is the catalog built and the application's own datasource answering, through the {@code EntityManager}
 * the handle store uses (request-scoped here, as on Tomcat: the probe's thread has a request context of its own).
 */
class ReadinessAsksTheApplicationsDatabaseTest {

    private static WeldContainer boot(EntityManagerFactory factory) {
        return new Weld()
                .disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(factory))
                .addBeanClasses(PricingTools.class)
                .initialize();
    }

    private static List<ReadinessCheck> readiness(WeldContainer container) {
        McpCatalog catalog = container.select(McpCatalog.class).get();
        catalog.tools(); // the servlet's start, which builds the catalog
        return catalog.readiness();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDatabaseThatAnswersIsReady(Database database) {
        try (WeldContainer container = boot(StoreFixture.on(database).entityManagers)) {
            assertEquals(List.of(new ReadinessCheck(ReadinessCheck.CATALOG, true), new ReadinessCheck(ReadinessCheck.DATABASE, true)),
                    readiness(container));
        }
    }

    @Test
    void aDatabaseThatFailsIsNotReady() {
        EntityManagerFactory gone = Persistence.createEntityManagerFactory("handles-test", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:gone", "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
        gone.close(); // every EntityManager it is asked for now fails, as a pool does when the database is down
        try (WeldContainer container = boot(gone)) {
            assertEquals(List.of(new ReadinessCheck(ReadinessCheck.CATALOG, true), new ReadinessCheck(ReadinessCheck.DATABASE, false)),
                    readiness(container));
        }
    }
}
