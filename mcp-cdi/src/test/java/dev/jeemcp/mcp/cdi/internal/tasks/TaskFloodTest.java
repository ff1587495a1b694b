package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskStart;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nobody can flood the task table or the executor: a tenant has at most {@code mcp.maxOpenTasks} open tasks, an
 * instance hands at most {@code mcp.taskRunsPerInstance} runs to its executor, and anonymous callers start none;
 * each refusal is a clear error and stores nothing.
 */
class TaskFloodTest {

    private static final Runnable NEVER = () -> { };

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTenantHasAtMostItsCapOfOpenTasks(Database database) throws Exception {
        System.setProperty("mcp.maxOpenTasks", "2");
        String alice = "alice-" + UUID.randomUUID();
        try (TaskFixture fixture = new TaskFixture(database, run -> NEVER.run())) {
            fixture.start(alice, "underwrite", "{\"quote\":\"1\"}");
            fixture.start(alice, "underwrite", "{\"quote\":\"2\"}");
            var refused = assertThrows(McpUnavailableException.class, () -> fixture.start(alice, "underwrite", "{\"quote\":\"3\"}"));
            assertEquals("Too many open tasks: this tenant has 2 working or waiting for input, the most allowed"
                    + " (mcp.maxOpenTasks = 2); retry when some have finished", refused.getMessage());
            assertEquals(2, tasksOf(database, alice), "the third was not stored");
            fixture.start("bob-" + UUID.randomUUID(), "underwrite", "{\"quote\":\"b\"}"); // another tenant is not affected
        } finally {
            System.clearProperty("mcp.maxOpenTasks");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaturatedInstanceRefusesNewTasksInsteadOfQueueingThem(Database database) throws Exception {
        String carol = "carol-" + UUID.randomUUID();
        try (TaskFixture fixture = new TaskFixture(database, run -> NEVER.run())) {
            fixture.tasks.useMaxRuns(1);
            fixture.start("dave-" + UUID.randomUUID(), "underwrite", "{\"quote\":\"queued\"}");
            var refused = assertThrows(McpUnavailableException.class, () -> fixture.start(carol, "underwrite", "{\"quote\":\"c\"}"));
            assertEquals("The server is busy: 1 tasks are queued or running here, the most allowed (mcp.taskRunsPerInstance);"
                    + " retry shortly", refused.getMessage());
            assertEquals(0, tasksOf(database, carol), "nothing stored");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aFinishedRunFreesItsPlace(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            fixture.tasks.useMaxRuns(1);
            for (int i = 0; i < 3; i++) {
                String id = fixture.start("erin", "underwrite", "{\"quote\":\"" + i + "\"}").taskId();
                fixture.awaitSettled("erin", id);
                awaitFreePlace(fixture);
            }
        }
    }

    /** No tenant, no task: a tool exception, so the isError result a synchronous call gives, and nothing stored. */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void anonymousCallersAreAnsweredWithAnIsErrorResult(Database database) throws Exception {
        try (TaskFixture fixture = new TaskFixture(database)) {
            int before = TaskFixture.rows(database);
            var refused = assertInstanceOf(TaskStart.Answered.class,
                    fixture.startTask(TaskFixture.request(null), "underwrite", "{\"quote\":\"a\"}")).result();
            assertTrue(refused.getBoolean("isError"), refused.toString());
            assertEquals("Tool underwrite runs as a task, and tasks are kept per tenant: Anonymous callers keep no state here:"
                    + " authenticate to use this", refused.getJsonArray("content").getJsonObject(0).getString("text"));
            assertEquals(0, fixture.tasks.runsInFlight());
            assertEquals(before, TaskFixture.rows(database), "nothing stored");
            assertInstanceOf(TaskStart.Started.class, fixture.startTask(TaskFixture.request("frank"), "underwrite", "{\"quote\":\"a\"}"),
                    "a caller with a tenant starts one");
        }
    }

    /** The run's place is given back right after it recorded its outcome, which the poll may see a moment earlier. */
    private static void awaitFreePlace(TaskFixture fixture) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (fixture.tasks.runsInFlight() > 0) {
            assertTrue(System.nanoTime() < deadline, "the place was never given back");
            TaskFixture.pause(10);
        }
    }

    static int tasksOf(Database database, String owner) throws Exception {
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM MCP_TASK WHERE OWNER = ?")) {
            statement.setString(1, owner);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
