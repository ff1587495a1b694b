package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A task's tool may ask the client for input: the task waits in input_required with the requests, and the answers
 * (tasks/update) run the tool again with them and with the state it left. Answers nobody asked for are ignored.
 */
class TaskInputTest {

    private static TaskFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new TaskFixture(Database.H2);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static boolean answer(String taskId, String responses) {
        return fixture.as("alice", () -> fixture.tasks.provideInput(taskId, CatalogFixture.json(responses), TaskFixture.request("alice")));
    }

    @Test
    void theAnswersRunTheToolAgain() {
        TaskInfo waiting = fixture.awaitSettled("alice", fixture.start("alice", "approve", "{}").taskId());
        assertEquals(Status.INPUT_REQUIRED, waiting.status());
        assertEquals("elicitation/create", waiting.detail().getJsonObject("decision").getString("method"));

        assertTrue(answer(waiting.taskId(), "{\"decision\":{\"action\":\"accept\"},\"unasked\":{\"action\":\"decline\"}}"));
        TaskInfo done = fixture.awaitSettled("alice", waiting.taskId());
        assertEquals(Status.COMPLETED, done.status());
        assertEquals("decided accept after asking: true", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void theToolRunsAgainOnlyWhenEveryRequestIsAnswered() {
        String id = fixture.awaitSettled("alice", fixture.start("alice", "twoApprovals", "{}").taskId()).taskId();
        assertEquals(Set.of("legal", "finance"), fixture.find("alice", id).orElseThrow().detail().keySet());

        assertTrue(answer(id, "{\"legal\":{\"action\":\"accept\"}}"));
        TaskInfo half = fixture.find("alice", id).orElseThrow();
        assertEquals(Status.INPUT_REQUIRED, half.status(), "still waiting");
        assertEquals(Set.of("finance"), half.detail().keySet(), "only the unanswered request remains");

        assertTrue(answer(id, "{\"finance\":{\"action\":\"decline\"}}"));
        TaskInfo done = fixture.awaitSettled("alice", id);
        assertEquals("legal accept, finance decline", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
    }

    @Test
    void answersToATaskThatAsksNothingAreIgnored() {
        TaskInfo done = fixture.awaitSettled("alice", fixture.start("alice", "underwrite", "{\"quote\":\"q\"}").taskId());
        assertTrue(answer(done.taskId(), "{\"decision\":{\"action\":\"accept\"}}"));
        assertEquals(done, fixture.find("alice", done.taskId()).orElseThrow());
    }
}
