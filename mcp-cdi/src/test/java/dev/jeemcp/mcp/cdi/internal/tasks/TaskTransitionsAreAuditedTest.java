package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each change of a task's status fires a TASK event under the task's id, owned by whoever started it: created,
 * waiting for input, working again, completed, cancelled. The run's own call of the tool is a TOOL event under the
 * task's id too.
 */
class TaskTransitionsAreAuditedTest {

    private static TaskFixture fixture;
    private static AuditLog log;

    @BeforeAll
    static void boot() {
        fixture = new TaskFixture(Database.H2, null, AuditLog.class);
        log = fixture.container.select(AuditLog.class).get();
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @BeforeEach
    void clear() {
        log.events().clear();
    }

    private static List<Outcome> taskOutcomes(String taskId) {
        return log.events().stream().filter(e -> e.feature() == Feature.TASK && e.requestId().equals(taskId))
                .map(McpAuditEvent::outcome).toList();
    }

    private static void awaitOutcomes(String taskId, Outcome... expected) {
        TaskFixture.fixtureAwait(() -> taskOutcomes(taskId).size() >= expected.length);
        assertEquals(List.of(expected), taskOutcomes(taskId));
    }

    @Test
    void aTaskThatCompletesIsCreatedThenCompleted() {
        String id = fixture.start("alice", "underwrite", "{\"quote\":\"q1\"}").taskId();
        awaitOutcomes(id, Outcome.CREATED, Outcome.COMPLETED);
        McpAuditEvent created = log.events().stream().filter(e -> e.feature() == Feature.TASK).findFirst().orElseThrow();
        assertEquals("underwrite", created.name());
        assertEquals("alice", created.principal());
        McpAuditEvent run = log.events().stream().filter(e -> e.feature() == Feature.TOOL).findFirst().orElseThrow();
        assertEquals(id, run.requestId());
        assertEquals(Outcome.SUCCESS, run.outcome());
    }

    @Test
    void aTaskThatAsksForInputWaitsThenWorksAgain() {
        String id = fixture.start("alice", "approve", "{}").taskId();
        awaitOutcomes(id, Outcome.CREATED, Outcome.INPUT_REQUIRED);
        assertTrue(fixture.as("alice", () -> fixture.tasks.provideInput(id, CatalogFixture.json("{\"decision\":{\"action\":\"accept\"}}"),
                TaskFixture.request("alice"))));
        awaitOutcomes(id, Outcome.CREATED, Outcome.INPUT_REQUIRED, Outcome.WORKING, Outcome.COMPLETED);
    }

    @Test
    void aWaitingTaskCancelledIsRecorded() {
        String id = fixture.start("alice", "approve", "{}").taskId();
        awaitOutcomes(id, Outcome.CREATED, Outcome.INPUT_REQUIRED);
        fixture.as("alice", () -> fixture.tasks.cancel(id, TaskFixture.request("alice")));
        awaitOutcomes(id, Outcome.CREATED, Outcome.INPUT_REQUIRED, Outcome.CANCELLED);
        TaskInfo cancelled = fixture.find("alice", id).orElseThrow();
        assertEquals(TaskInfo.Status.CANCELLED, cancelled.status());
    }

    @Test
    void aTaskThatFailsIsRecordedAsFailed() {
        String id = fixture.start("alice", "misuse", "{}").taskId();
        awaitOutcomes(id, Outcome.CREATED, Outcome.FAILED);
    }
}
