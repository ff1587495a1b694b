package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.ScheduledFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A heartbeat beats only while its run owns a live task: once the row is gone or expired, the beat that finds out
 * ends the schedule, so a flood of queued runs cannot keep the scheduler and the database busy forever.
 */
class TaskHeartbeatStopsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHeartbeatStopsWhenItsTaskIsGoneAndBeatsWhileItLives(Database database) throws Exception {
        try (TaskFixture fixture = new TaskFixture(database, run -> { })) {
            ScheduledFuture<?> orphan = fixture.tasks.heartbeat("task_" + "G".repeat(22), "no-such-run");
            awaitDone(orphan);

            String id = fixture.start("alice", "underwrite", "{\"quote\":\"beating\"}").taskId();
            long first = heartbeat(database, id);
            ScheduledFuture<?> alive = fixture.tasks.heartbeat(id, runner(database, id));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (heartbeat(database, id) == first && System.nanoTime() < deadline) {
                TaskFixture.pause(TaskFixture.HEARTBEAT_MS);
            }
            assertTrue(heartbeat(database, id) > first, "it beats");
            assertFalse(alive.isDone(), "and goes on beating while the task lives");
            alive.cancel(false);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHeartbeatStopsWhenItsTaskExpires(Database database) throws Exception {
        try (TaskFixture fixture = new TaskFixture(database, run -> { })) {
            String id = fixture.start("alice", "fleeting", "{}").taskId(); // 300 ms to live, never run
            awaitDone(fixture.tasks.heartbeat(id, runner(database, id)));
            assertTrue(fixture.find("alice", id).isEmpty(), "expired");
        }
    }

    static void awaitDone(ScheduledFuture<?> heartbeat) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!heartbeat.isDone()) {
            assertTrue(System.nanoTime() < deadline, "the heartbeat goes on");
            TaskFixture.pause(TaskFixture.HEARTBEAT_MS);
        }
        assertEquals(false, heartbeat.isCancelled(), "it ended itself");
    }

    static String runner(Database database, String id) throws Exception {
        return query(database, id, "RUNNER", rows -> rows.getString(1));
    }

    static long heartbeat(Database database, String id) throws Exception {
        return query(database, id, "HEARTBEAT_AT", rows -> rows.getTimestamp(1).getTime());
    }

    interface Read<T> {
        T from(ResultSet rows) throws java.sql.SQLException;
    }

    private static <T> T query(Database database, String id, String column, Read<T> read) throws Exception {
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var statement = connection.prepareStatement("SELECT " + column + " FROM MCP_TASK WHERE ID = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "task " + id + " is stored");
                return read.from(rows);
            }
        }
    }
}
