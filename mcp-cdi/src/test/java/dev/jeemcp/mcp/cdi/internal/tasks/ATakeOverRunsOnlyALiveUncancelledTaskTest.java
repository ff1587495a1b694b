package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A take-over runs a dead run's task again only if, when it takes it, the task has neither expired nor been asked to
 * cancel since the poll read it. A cancel mark leaves the version as it is, so the version guard alone would let the
 * tool run again after the client asked it to stop.
 */
class ATakeOverRunsOnlyALiveUncancelledTaskTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCancelMarkOrTheEndOfItsTimeStopsTheTakeOver(Database database) {
        String cancelled;
        String expiring;
        String live;
        try (TaskFixture dead = new TaskFixture(database, run -> { })) { // its runs never run, its beats stop at close
            cancelled = dead.start("alice", "underwrite", "{\"quote\":\"1\"}").taskId();
            expiring = dead.start("alice", "underwrite", "{\"quote\":\"2\"}").taskId();
            live = dead.start("alice", "underwrite", "{\"quote\":\"3\"}").taskId();
        }
        try (TaskFixture other = new TaskFixture(database)) {
            TaskStore store = other.container.select(TaskStore.class).get();
            TaskRecord cancelledRead = other.as("alice", () -> store.load(cancelled)).orElseThrow();
            TaskRecord expiringRead = other.as("alice", () -> store.load(expiring)).orElseThrow();
            TaskRecord liveRead = other.as("alice", () -> store.load(live)).orElseThrow();
            assertEquals(TaskStore.WORKING, cancelledRead.status());

            other.as("alice", () -> store.requestCancel(cancelled));
            assertFalse(other.as("alice", () -> store.takeOver(cancelled, cancelledRead.version(), cancelledRead.readAt(), "r1")),
                    "asked to cancel after the read");

            TaskFixture.movePastExpiry(store, expiringRead);
            assertFalse(other.as("alice", () -> store.takeOver(expiring, expiringRead.version(), expiringRead.readAt(), "r2")),
                    "expired after the read");
            store.setClock(Clock.systemUTC());

            assertTrue(other.as("alice", () -> store.takeOver(live, liveRead.version(), liveRead.readAt(), "r3")),
                    "the same take-over of a live task that no one asked to cancel");
        }
    }
}
