package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.LimitedTools;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.enterprise.context.control.RequestContextController;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * A call refused by a rate limit is audited as {@code RATE_LIMITED}, to observers every time (in memory, the
 * application's choice), and in {@code MCP_AUDIT} once per caller, limit and window on an instance: the row says the
 * limit was reached, and a flood of refused calls writes nothing more to the database.
 */
class RateLimitedCallsLeaveOneRowPerWindowTest {

    @Test
    void aFloodOfRefusalsIsOneRow() throws Exception {
        StoreFixture store = StoreFixture.on(Database.H2);
        System.setProperty("mcp.audit.sink", "jpa");
        String user = "flooder-" + UUID.randomUUID();
        try (WeldContainer container = new Weld("limited-audit").disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                .addBeanClasses(LimitedTools.Quotes.class, AuditLog.class)
                .initialize()) {
            Tool quote = container.select(McpCatalog.class).get().tools().stream()
                    .filter(tool -> tool.name().equals("quote")).findFirst().orElseThrow();
            McpRequest request = TestRequests.caller(user);
            RequestContextController context = container.select(RequestContextController.class).get();
            context.activate();
            try {
                CurrentRequest.with(request, () -> {
                    quote.call(CatalogFixture.json("{\"age\":40}"), request);
                    quote.call(CatalogFixture.json("{\"age\":41}"), request);
                    for (int i = 0; i < 20; i++) {
                        assertThrows(McpRateLimitedException.class, () -> quote.call(CatalogFixture.json("{\"age\":42}"), request));
                    }
                    return null;
                });
            } finally {
                context.deactivate();
            }
            AuditLog log = container.select(AuditLog.class).get();
            assertEquals(20, log.events().stream().filter(e -> e.outcome().name().equals("RATE_LIMITED")).count(),
                    "every refusal is an event");
            assertEquals(1, rows(user, "RATE_LIMITED"), "one row says the limit was reached");
            assertEquals(2, rows(user, "SUCCESS"));
        } finally {
            System.clearProperty("mcp.audit.sink");
        }
    }

    private static int rows(String user, String outcome) throws Exception {
        Database database = Database.H2;
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var query = connection.prepareStatement("SELECT COUNT(*) FROM MCP_AUDIT WHERE PRINCIPAL = ? AND OUTCOME = ?")) {
            query.setString(1, user);
            query.setString(2, outcome);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        }
    }
}
