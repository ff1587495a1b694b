package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.cdi.internal.fixtures.TaskTools;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When the instance running a task dies, its heartbeat stops; the next poll on another instance takes the task over
 * and runs an idempotent tool again, or fails the task with a reason. However many polls race, one instance wins.
 *
 * <p>"Dies" is an instance whose executor drops the run: the task is stored and nothing ever beats for it.
 */
class TaskRecoveryTest {

    private static TaskInfo startOnADeadInstance(Database database, String tool) {
        try (TaskFixture dead = new TaskFixture(database, run -> { })) {
            return dead.start("alice", tool, "{\"quote\":\"quote_9\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anIdempotentToolRunsAgainOnAnotherInstance(Database database) {
        TaskInfo started = startOnADeadInstance(database, "underwrite");
        try (TaskFixture other = new TaskFixture(database)) {
            TaskFixture.pause(5 * TaskFixture.HEARTBEAT_MS);
            TaskInfo done = other.awaitSettled("alice", started.taskId());
            assertEquals(Status.COMPLETED, done.status());
            assertEquals("approved quote_9", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anyOtherToolFailsWithAReason(Database database) {
        TaskInfo started = startOnADeadInstance(database, "sendDocuments");
        try (TaskFixture other = new TaskFixture(database)) {
            TaskFixture.pause(5 * TaskFixture.HEARTBEAT_MS);
            TaskInfo failed = other.find("alice", started.taskId()).orElseThrow();
            assertEquals(Status.FAILED, failed.status());
            assertEquals(McpErrorCodes.INTERNAL_ERROR, failed.detail().getInt("code"));
            assertTrue(failed.statusMessage().contains("stopped before it finished"), failed.statusMessage());
        }
    }

    /** Payara's default executor runs one task at a time: a run that waits its turn must not look dead. */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aRunWaitingInTheExecutorsQueueIsAlive(Database database) throws Exception {
        ExecutorService oneAtATime = Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch busyUntil = new java.util.concurrent.CountDownLatch(1);
        oneAtATime.execute(() -> { // the only thread is busy until the checks are done, however long the fixtures take to boot
            try {
                busyUntil.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (TaskFixture busy = new TaskFixture(database, oneAtATime); TaskFixture other = new TaskFixture(database)) {
            int before = TaskTools.UNDERWRITINGS.get();
            String id = busy.start("alice", "underwrite", "{\"quote\":\"queued\"}").taskId();
            TaskFixture.pause(6 * TaskFixture.HEARTBEAT_MS);
            assertEquals(Status.WORKING, other.find("alice", id).orElseThrow().status());
            TaskFixture.pause(TaskFixture.HEARTBEAT_MS);
            assertEquals(before, TaskTools.UNDERWRITINGS.get(), "not taken over while it waited");
            busyUntil.countDown();
            assertEquals(Status.COMPLETED, other.awaitSettled("alice", id).status());
            TaskFixture.pause(2 * TaskFixture.HEARTBEAT_MS);
            assertEquals(before + 1, TaskTools.UNDERWRITINGS.get(), "run once, where it was queued");
        } finally {
            oneAtATime.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"POSTGRESQL", "MARIADB"})
    void racingPollsRunItOnce(Database database) {
        TaskInfo started = startOnADeadInstance(database, "underwrite");
        try (TaskFixture one = new TaskFixture(database); TaskFixture two = new TaskFixture(database)) {
            TaskFixture.pause(5 * TaskFixture.HEARTBEAT_MS);
            int before = TaskTools.UNDERWRITINGS.get();
            List<CompletableFuture<?>> polls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                TaskFixture instance = i % 2 == 0 ? one : two;
                polls.add(CompletableFuture.runAsync(() -> instance.find("alice", started.taskId())));
            }
            polls.forEach(CompletableFuture::join);
            assertEquals(Status.COMPLETED, one.awaitSettled("alice", started.taskId()).status());
            assertEquals(before + 1, TaskTools.UNDERWRITINGS.get(), "run again exactly once");
        }
    }
}
