package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.cdi.internal.caller.CurrentRequest;
import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.WritingTools;
import dev.jeemcp.mcp.internal.RequestIds;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.json.JsonObject;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With mcp.audit.sink=jpa each call is a row of MCP_AUDIT, written with the library's DDL on every database, in a
 * transaction of its own: a call that rolled its work back after writing leaves its row, and the row says FAILED.
 * Arguments are bounded in the row, and marked when cut.
 */
class AuditSinkWritesRowsTest {

    private static final Map<Database, WeldContainer> CONTAINERS = new EnumMap<>(Database.class);

    /** The row of the call with that request id: outcome, name, principal, arguments, truncated. */
    private record Row(String outcome, String name, String principal, String arguments, boolean truncated) {
    }

    private static synchronized WeldContainer container(Database database) {
        return CONTAINERS.computeIfAbsent(database, db -> {
            StoreFixture store = StoreFixture.on(db);
            return new Weld("audit-" + db.name())
                    .disableDiscovery()
                    .addExtension(new McpExtension())
                    .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                    .addBeanClasses(WritingTools.class)
                    .initialize();
        });
    }

    @AfterAll
    static void shutdown() {
        CONTAINERS.values().forEach(WeldContainer::close);
        CONTAINERS.clear();
    }

    /** Calls the tool as the servlet would, with the sink on: in a request, under that request id. */
    private static JsonObject call(Database database, String tool, String arguments, String requestId) {
        WeldContainer container = container(database);
        McpRequest request = TestRequests.caller("auditor");
        Tool found = container.select(McpCatalog.class).get().tools().stream().filter(t -> t.name().equals(tool)).findFirst().orElseThrow();
        RequestContextController context = container.select(RequestContextController.class).get();
        System.setProperty("mcp.audit.sink", "jpa");
        System.setProperty("mcp.audit.arguments", "true");
        context.activate();
        try {
            return RequestIds.with(requestId, () -> CurrentRequest.with(request, () -> found.call(CatalogFixture.json(arguments), request)));
        } finally {
            context.deactivate();
            System.clearProperty("mcp.audit.sink");
            System.clearProperty("mcp.audit.arguments");
        }
    }

    private static List<Row> rows(Database database, String requestId) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var query = connection.prepareStatement("SELECT OUTCOME, NAME, PRINCIPAL, ARGUMENTS, ARGUMENTS_TRUNCATED FROM MCP_AUDIT"
                        + " WHERE REQUEST_ID = ?")) {
            query.setString(1, requestId);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(new Row(found.getString(1), found.getString(2), found.getString(3), found.getString(4), found.getBoolean(5)));
                }
            }
        }
        return rows;
    }

    private static int handles(Database database, String id) throws Exception {
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var query = connection.prepareStatement("SELECT COUNT(*) FROM MCP_HANDLE WHERE ID = ?")) {
            query.setString(1, id);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSuccessfulCallIsARow(Database database) throws Exception {
        String requestId = UUID.randomUUID().toString();
        String id = "audit_" + UUID.randomUUID();
        call(database, "write", "{\"id\":\"" + id + "\"}", requestId);
        assertEquals(1, handles(database, id));
        assertEquals(List.of(new Row("SUCCESS", "write", "auditor", "{\"id\":\"" + id + "\"}", false)), rows(database, requestId));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCallThatFailedAfterWritingLeavesARowThatSaysFailed(Database database) throws Exception {
        String requestId = UUID.randomUUID().toString();
        String id = "audit_" + UUID.randomUUID();
        JsonObject result = call(database, "writeThenFail", "{\"id\":\"" + id + "\"}", requestId);
        assertTrue(result.getBoolean("isError"));
        assertEquals(0, handles(database, id), "the tool's work was rolled back");
        List<Row> rows = rows(database, requestId);
        assertEquals(1, rows.size());
        assertEquals("FAILED", rows.get(0).outcome());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void argumentsAreCutToTheirBound(Database database) throws Exception {
        String requestId = UUID.randomUUID().toString();
        call(database, "echo", "{\"text\":\"" + "x".repeat(20_000) + "\"}", requestId);
        Row row = rows(database, requestId).get(0);
        assertEquals(8192, row.arguments().length());
        assertTrue(row.truncated());
        assertFalse(row.arguments().endsWith("}"));
    }
}
