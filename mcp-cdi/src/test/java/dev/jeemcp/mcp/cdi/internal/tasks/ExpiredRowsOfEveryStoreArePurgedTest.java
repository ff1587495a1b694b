package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.discovery.CdiCatalog;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.JpaHandles;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalog's one purge, which the servlet schedules, deletes the expired rows of every store (handles, tasks, the
 * answers of 2025-era clients) on a thread that serves no request, as rows left by an instance that died must go with
 * no later call to carry the purge. Rows expired within the grace minute stay: instances' clocks differ.
 */
class ExpiredRowsOfEveryStoreArePurgedTest {

    private static final long DAY_MS = 86_400_000L;

    @ParameterizedTest
    @EnumSource(Database.class)
    void onePurgeWithoutARequestDeletesWhatExpiredInEveryTable(Database database) throws Exception {
        long now = System.currentTimeMillis();
        String id = UUID.randomUUID().toString().replace("-", "");
        try (TaskFixture fixture = new TaskFixture(database); Connection connection = connect(database)) {
            insertHandle(connection, "h_old_" + id, now - 2 * DAY_MS);
            insertTask(connection, "t_old_" + id, now - 2 * DAY_MS);
            insertTask(connection, "t_new_" + id, now - 10_000);
            insertInput(connection, "i_old_" + id, now - 120_000);
            insertInput(connection, "i_new_" + id, now - 10_000);
            CdiCatalog catalog = fixture.container.select(CdiCatalog.class).get();
            fixture.container.select(JpaHandles.class).get().markUsed(); // as any handle call does
            // A thread of its own, as the scheduler's: no request context, no current request.
            CompletableFuture.runAsync(catalog::purgeExpired, command -> new Thread(command).start()).get();
            assertEquals(0, count(connection, "MCP_HANDLE", "h_old_" + id), "a handle a day past its expiry");
            assertEquals(0, count(connection, "MCP_TASK", "t_old_" + id), "an expired task");
            assertEquals(0, count(connection, "MCP_INPUT", "i_old_" + id), "an input request nobody waits for");
            assertEquals(1, count(connection, "MCP_TASK", "t_new_" + id), "within the grace minute");
            assertEquals(1, count(connection, "MCP_INPUT", "i_new_" + id), "within the grace minute");
        }
    }

    /**
     * An application that has not used the handle table on this instance is not purged there: it may never have
     * created {@code MCP_HANDLE}, and its log must not show an SQL error every few minutes.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theHandleTableIsLeftAloneUntilItIsUsed(Database database) throws Exception {
        String id = "h_unused_" + UUID.randomUUID().toString().replace("-", "");
        try (TaskFixture fixture = new TaskFixture(database); Connection connection = connect(database)) {
            insertHandle(connection, id, System.currentTimeMillis() - 2 * DAY_MS);
            CdiCatalog catalog = fixture.container.select(CdiCatalog.class).get();
            CompletableFuture.runAsync(catalog::purgeExpired, command -> new Thread(command).start()).get();
            assertEquals(1, count(connection, "MCP_HANDLE", id), "not visited before any handle call");
            fixture.container.select(JpaHandles.class).get().markUsed();
            CompletableFuture.runAsync(catalog::purgeExpired, command -> new Thread(command).start()).get();
            assertEquals(0, count(connection, "MCP_HANDLE", id), "visited once used");
        }
    }

    private static Connection connect(Database database) throws Exception {
        return DriverManager.getConnection(database.url, database.user, database.password);
    }

    private static void insertHandle(Connection connection, String id, long expiresAt) throws Exception {
        try (var insert = connection.prepareStatement("INSERT INTO MCP_HANDLE (ID, KIND, TENANT, OWNER, PAYLOAD, VERSION,"
                + " CREATED_AT, UPDATED_AT, EXPIRES_AT) VALUES (?, 'quote', 'acme', 'alice', '{}', 1, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, expiresAt - 1000);
            insert.setLong(3, expiresAt - 1000);
            insert.setLong(4, expiresAt);
            insert.executeUpdate();
        }
    }

    private static void insertTask(Connection connection, String id, long expiresAt) throws Exception {
        try (var insert = connection.prepareStatement("INSERT INTO MCP_TASK (ID, TENANT, OWNER, TOOL, REQUEST, STATUS,"
                + " HEARTBEAT_AT, CANCEL_REQUESTED_AT, POLL_INTERVAL_MS, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT)"
                + " VALUES (?, 'acme', 'alice', 'underwrite', '{}', 'COMPLETED', CURRENT_TIMESTAMP, 0, 1000, 1, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, expiresAt - 1000);
            insert.setLong(3, expiresAt - 1000);
            insert.setLong(4, expiresAt);
            insert.executeUpdate();
        }
    }

    private static void insertInput(Connection connection, String id, long expiresAt) throws Exception {
        try (var insert = connection.prepareStatement("INSERT INTO MCP_INPUT (ID, TENANT, OWNER, CALL_ID, EXPIRES_AT)"
                + " VALUES (?, 'acme', 'alice', 'call', ?)")) {
            insert.setString(1, id);
            insert.setLong(2, expiresAt);
            insert.executeUpdate();
        }
    }

    private static int count(Connection connection, String table, String id) throws Exception {
        try (var select = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE ID = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
