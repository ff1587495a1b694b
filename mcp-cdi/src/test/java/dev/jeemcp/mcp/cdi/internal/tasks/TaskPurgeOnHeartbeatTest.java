package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Expired tasks are purged by the heartbeats of running ones too, not only when a task is created. */
class TaskPurgeOnHeartbeatTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHeartbeatPurgesExpiredTasks(Database database) throws Exception {
        String id;
        try (TaskFixture fixture = new TaskFixture(database)) {
            // The instance's first task purges; spend that on another one, so that only a heartbeat can purge below.
            fixture.start("alice", "underwrite", "{\"quote\":\"first\"}");
            id = fixture.start("alice", "fleeting", "{}").taskId();
            TaskFixture.fixtureAwait(() -> fixture.find("alice", id).isEmpty());
            assertEquals(1, rows(database, id), "kept until a purge");
        }
        try (TaskFixture another = new TaskFixture(database)) {
            // This instance starts no task: only a heartbeat can purge here.
            TaskHeartbeatStopsTest.awaitDone(another.tasks.heartbeat("task_" + "P".repeat(22), "no-such-run"));
            assertEquals(0, rows(database, id), "purged by a heartbeat");
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
