package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import org.junit.jupiter.api.Test;

/**
 * A tool run as a task counts against its rate limits once, when the task starts: its run, later and on another
 * thread, is neither counted again nor refused, and a start over the limit is refused before any task is made.
 */
class ATaskCountsOnceWhenItStartsTest {

    @Test
    void theStartCountsAndTheRunDoesNot() throws Exception {
        System.setProperty("mcp.rateLimit.tool.underwrite", "1/PT1H/global"); // alice and bob are two tenants here
        try (TaskFixture fixture = new TaskFixture(Database.H2)) {
            int before = TaskFixture.rows(Database.H2);
            TaskInfo started = fixture.start("alice", "underwrite", "{\"quote\":\"quote_limited\"}");
            assertEquals(Status.COMPLETED, fixture.awaitSettled("alice", started.taskId()).status(),
                    "the run of the task the limit admitted");
            assertThrows(McpRateLimitedException.class,
                    () -> fixture.startTask(TaskFixture.request("bob"), "underwrite", "{\"quote\":\"quote_2\"}"));
            assertEquals(before + 1, TaskFixture.rows(Database.H2), "no task for the refused start");
        } finally {
            System.clearProperty("mcp.rateLimit.tool.underwrite");
        }
    }
}
