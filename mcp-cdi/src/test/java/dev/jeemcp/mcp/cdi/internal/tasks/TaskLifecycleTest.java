package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskStart;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A task is stored before its id is handed out, works, and ends completed with the tool's result (an isError result
 * included) or failed with the JSON-RPC error; arguments that fail the schema never make a task.
 */
class TaskLifecycleTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTaskEndsWithTheToolsResult(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            TaskInfo started = fixture.start("alice", "underwrite", "{\"quote\":\"quote_1\"}");
            assertTrue(started.taskId().matches("task_[A-Za-z0-9_-]{22}"), started.taskId());
            assertEquals(600_000L, started.ttlMs());
            assertEquals(3_000L, started.pollIntervalMs());
            assertTrue(fixture.find("alice", started.taskId()).isPresent(), "stored before the id is handed out");

            TaskInfo done = fixture.awaitSettled("alice", started.taskId());
            assertEquals(Status.COMPLETED, done.status());
            assertEquals("approved quote_1", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
            assertFalse(done.detail().getBoolean("isError"));
            assertEquals(started.createdAt(), done.createdAt());
            assertTrue(!done.lastUpdatedAt().isBefore(done.createdAt()));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aToolErrorCompletesAndAProtocolErrorFails(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            TaskInfo refused = fixture.awaitSettled("alice", fixture.start("alice", "refuse", "{}").taskId());
            assertEquals(Status.COMPLETED, refused.status(), "an isError result is a completed task");
            assertTrue(refused.detail().getBoolean("isError"));
            assertEquals("too risky", refused.detail().getJsonArray("content").getJsonObject(0).getString("text"));

            TaskInfo misused = fixture.awaitSettled("alice", fixture.start("alice", "misuse", "{}").taskId());
            assertEquals(Status.FAILED, misused.status());
            assertEquals(McpErrorCodes.INVALID_PARAMS, misused.detail().getInt("code"));
            assertEquals("no such product", misused.detail().getString("message"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void invalidArgumentsMakeNoTask(Database database) throws Exception {
        try (TaskFixture fixture = new TaskFixture(database)) {
            int before = TaskFixture.rows(database);
            var answered = assertInstanceOf(TaskStart.Answered.class,
                    fixture.startTask(TaskFixture.request("alice"), "underwrite", "{\"quote\":7}"));
            assertTrue(answered.result().getBoolean("isError"), answered.toString());
            assertEquals(before, TaskFixture.rows(database));
        }
    }
}
