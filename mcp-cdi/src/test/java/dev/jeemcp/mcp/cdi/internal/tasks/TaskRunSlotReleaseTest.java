package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A start or a takeover that fails after it took a run slot (the database or the scheduler fails) gives the slot
 * back: otherwise every such hiccup would cost the instance one of its {@code mcp.taskRunsPerInstance} for good, and
 * after enough of them it would refuse every task.
 */
class TaskRunSlotReleaseTest {

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aStartThatFailsAfterReservingGivesItsSlotBack(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            fixture.scheduler.shutdownNow(); // the heartbeat cannot be scheduled
            assertThrows(RejectedExecutionException.class, () -> fixture.start("alice", "underwrite", "{\"quote\":\"1\"}"));
            assertEquals(0, fixture.tasks.runsInFlight());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aTakeoverThatFailsAfterReservingGivesItsSlotBack(Database database) {
        TaskInfo started;
        try (TaskFixture dead = new TaskFixture(database, run -> { })) {
            started = dead.start("alice", "underwrite", "{\"quote\":\"2\"}");
        }
        try (TaskFixture other = new TaskFixture(database)) {
            TaskFixture.pause(5 * TaskFixture.HEARTBEAT_MS);
            other.scheduler.shutdownNow();
            assertThrows(RejectedExecutionException.class, () -> other.find("alice", started.taskId()));
            assertEquals(0, other.tasks.runsInFlight());
        }
    }
}
