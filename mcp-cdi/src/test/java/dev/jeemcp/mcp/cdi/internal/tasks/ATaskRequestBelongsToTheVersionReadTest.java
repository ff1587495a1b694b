package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A poll reads a task without its request, which may be a megabyte of arguments; whoever needs the request (answers
 * to input requests, a take-over) reads it afterwards, and gets it only while the task is at the version it read, so
 * it can never pair an old row with a newer request.
 */
class ATaskRequestBelongsToTheVersionReadTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void theRequestOfAnOutdatedRowIsNotGiven(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            theRequestOfAnOutdatedRowIsNotGiven(fixture);
        }
    }

    private static void theRequestOfAnOutdatedRowIsNotGiven(TaskFixture fixture) {
        String id = fixture.awaitSettled("alice", fixture.start("alice", "twoApprovals", "{}").taskId()).taskId();
        TaskStore store = fixture.container.select(TaskStore.class).get();
        TaskRecord read = fixture.as("alice", () -> store.load(id)).orElseThrow();
        assertEquals(TaskStore.INPUT_REQUIRED, read.status());
        assertNull(read.request(), "a row read back leaves its request in the database");
        String before = fixture.as("alice", () -> store.request(read)).orElseThrow();

        assertTrue(fixture.as("alice", () -> fixture.tasks.provideInput(id, CatalogFixture.json("{\"legal\":{\"action\":\"accept\"}}"),
                TaskFixture.request("alice"))));
        assertEquals(Status.INPUT_REQUIRED, fixture.find("alice", id).orElseThrow().status(), "still waiting for finance");

        assertEquals(Optional.empty(), fixture.as("alice", () -> store.request(read)), "the row read before the answer");
        TaskRecord now = fixture.as("alice", () -> store.load(id)).orElseThrow();
        String after = fixture.as("alice", () -> store.request(now)).orElseThrow();
        assertNotEquals(before, after, "the stored request gathered the answer");
        assertTrue(after.contains("legal"), after);
    }
}
