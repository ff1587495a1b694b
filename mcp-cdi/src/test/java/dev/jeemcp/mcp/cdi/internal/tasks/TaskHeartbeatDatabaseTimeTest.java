package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Heartbeats are stamped and judged by the database's clock: an instance whose own clock runs ten minutes ahead does
 * not take a live run of another instance for dead (it would fail this task, whose tool is not idempotent).
 */
class TaskHeartbeatDatabaseTimeTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInstanceWhoseClockIsAheadDoesNotTakeOverALiveRun(Database database) {
        try (TaskFixture running = new TaskFixture(database); TaskFixture ahead = new TaskFixture(database)) {
            StoreClocks.set(ahead.container.select(TaskStore.class).get(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
            String id = running.start("alice", "waitForCancel", "{}").taskId();
            for (int poll = 0; poll < 8; poll++) {
                TaskFixture.pause(TaskFixture.HEARTBEAT_MS);
                assertEquals(Status.WORKING, ahead.find("alice", id).orElseThrow().status(), "poll " + poll);
            }
            running.as("alice", () -> running.tasks.cancel(id, TaskFixture.request("alice")));
            assertEquals(Status.CANCELLED, running.awaitSettled("alice", id).status());
        }
    }
}
