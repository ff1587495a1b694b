package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.PricingTools;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.McpCatalog;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The extension registers the store of 2025-era clients' answers whatever the application's discovery mode (the jar
 * is no bean archive), and the catalog offers it to the servlet exactly when the application has a persistence unit:
 * without one, legacy clients keep getting {@code -32021}.
 */
class TheCatalogOffersAnswerStorageWhereThereIsADatabaseTest {

    @Test
    void withAPersistenceUnitTheStoreIsOffered() {
        try (WeldContainer container = new Weld().disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(StoreFixture.on(Database.H2).entityManagers))
                .addBeanClasses(PricingTools.class)
                .initialize()) {
            assertTrue(container.select(McpCatalog.class).get().inputAnswers().isPresent());
        }
    }

    @Test
    void withoutOneItIsNot() {
        try (WeldContainer container = new Weld().disableDiscovery()
                .addExtension(new McpExtension())
                .addBeanClasses(PricingTools.class)
                .initialize()) {
            assertFalse(container.select(McpCatalog.class).get().inputAnswers().isPresent());
        }
    }
}
