package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancellation is cooperative: the running tool sees it and the task ends cancelled; a task waiting for input is
 * cancelled at once; a finished task stays as it ended.
 */
class TaskCancellationTest {

    private static TaskFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new TaskFixture(Database.H2);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static boolean cancel(String taskId) {
        return fixture.as("alice", () -> fixture.tasks.cancel(taskId, TaskFixture.request("alice")));
    }

    @Test
    void theRunningToolSeesTheCancellation() {
        TaskInfo started = fixture.start("alice", "waitForCancel", "{}");
        TaskFixture.pause(100);
        assertEquals(Status.WORKING, fixture.find("alice", started.taskId()).orElseThrow().status());
        assertTrue(cancel(started.taskId()));
        TaskInfo ended = fixture.awaitSettled("alice", started.taskId());
        assertEquals(Status.CANCELLED, ended.status());
        assertEquals("Cancelled at the client's request", ended.statusMessage());
    }

    @Test
    void aTaskWaitingForInputIsCancelledAtOnce() {
        TaskInfo waiting = fixture.awaitSettled("alice", fixture.start("alice", "approve", "{}").taskId());
        assertEquals(Status.INPUT_REQUIRED, waiting.status());
        assertTrue(cancel(waiting.taskId()));
        assertEquals(Status.CANCELLED, fixture.find("alice", waiting.taskId()).orElseThrow().status());
    }

    @Test
    void aFinishedTaskStaysFinished() {
        TaskInfo done = fixture.awaitSettled("alice", fixture.start("alice", "underwrite", "{\"quote\":\"q\"}").taskId());
        assertTrue(cancel(done.taskId()));
        TaskInfo after = fixture.find("alice", done.taskId()).orElseThrow();
        assertEquals(Status.COMPLETED, after.status());
        assertEquals(done.detail(), after.detail());
    }

    @Test
    void anUnknownTaskCannotBeCancelled() {
        assertFalse(cancel("task_AAAAAAAAAAAAAAAAAAAAAA"));
    }
}
