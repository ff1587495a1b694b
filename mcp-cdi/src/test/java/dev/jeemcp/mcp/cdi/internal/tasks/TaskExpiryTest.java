package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.cdi.internal.discovery.CdiCatalog;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** After its ttl a task is unknown to everyone, its owner included, and the next instance that starts a task deletes it. */
class TaskExpiryTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anExpiredTaskIsUnknownThenPurged(Database database) throws Exception {
        String id;
        try (TaskFixture fixture = new TaskFixture(database)) {
            TaskInfo started = fixture.start("alice", "fleeting", "{}");
            id = started.taskId();
            assertEquals(300L, started.ttlMs());
            TaskFixture.pause(500);
            assertTrue(fixture.find("alice", id).isEmpty(), "expired");
            assertEquals(1, rows(database, id), "kept until a purge");
        }
        try (TaskFixture another = new TaskFixture(database)) {
            TaskStore store = another.container.select(TaskStore.class).get();
            another.container.select(CdiCatalog.class).get().purgeExpired();
            assertEquals(1, rows(database, id), "kept for the grace minute: instances' clocks differ");
            store.setClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61)));
            another.container.select(CdiCatalog.class).get().purgeExpired();
            assertEquals(0, rows(database, id), "purged by the scheduled purge of any instance");
        }
    }

    private static int rows(Database database, String id) throws Exception {
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM MCP_TASK WHERE ID = ?")) {
            statement.setString(1, id);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
