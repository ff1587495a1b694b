package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A task whose time ran out between the read that found it and the update that answers it keeps no answers and is not
 * run again: the guarded updates check its expiry themselves, as the heartbeat's does, instead of trusting a read that
 * may be a moment old. Otherwise answers could start a run of a task that every caller already sees as gone.
 */
class AnExpiredTaskTakesNoAnswersTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void answersToAnExpiredTaskChangeNothing(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            String id = fixture.awaitSettled("alice", fixture.start("alice", "twoApprovals", "{}").taskId()).taskId();
            TaskStore store = fixture.container.select(TaskStore.class).get();
            TaskRecord read = fixture.as("alice", () -> store.load(id)).orElseThrow();
            assertEquals(TaskStore.INPUT_REQUIRED, read.status());
            String request = fixture.as("alice", () -> store.request(read)).orElseThrow();

            TaskFixture.movePastExpiry(store, read);

            assertFalse(fixture.as("alice", () -> store.recordAnswers(id, read.version(), "{}", request)), "answers kept");
            assertFalse(fixture.as("alice", () -> store.resume(id, read.version(), request, "runner")), "run again");
            store.setClock(Clock.systemUTC());
            TaskRecord after = fixture.as("alice", () -> store.load(id)).orElseThrow();
            assertEquals(read.version(), after.version(), "the row is as it was");
            assertEquals(TaskStore.INPUT_REQUIRED, after.status());
        }
    }
}
