package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a task costs the database, counted by Hibernate: a {@code tools/call} that creates one sends the open-task
 * count of its tenant and one INSERT that stamps the heartbeat with the database's time (no flush and UPDATE after
 * it); a {@code tasks/get} poll is one read by primary key, of values, with no entity built; a run that completes sends one guarded UPDATE.
 */
class TaskCallsSendOnlyTheirStatementsTest {

    /** Runs are kept here and run by the test itself, in its thread: nothing else reaches the database meanwhile. */
    private final List<Runnable> runs = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(Database.class)
    void creatingATaskIsTheCountAndOneInsert(Database database) {
        try (TaskFixture fixture = new TaskFixture(database, runs::add)) {
            fixture.start("alice", "underwrite", "{\"quote\":\"quote_1\"}"); // the first one may purge (at most every ten minutes)
            Statistics statistics = statistics(database);
            statistics.clear();

            TaskInfo started = fixture.start("alice", "underwrite", "{\"quote\":\"quote_2\"}");

            assertEquals(2, statistics.getPrepareStatementCount(), "statements sent to the database");
            assertEquals(0, statistics.getEntityInsertCount(), "the INSERT is one statement, not a persisted entity and its flush");
            assertEquals(Status.WORKING, fixture.find("alice", started.taskId()).orElseThrow().status());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPollIsOneReadAndACompletedRunOneUpdate(Database database) {
        try (TaskFixture fixture = new TaskFixture(database, runs::add)) {
            fixture.tasks.useHeartbeat(600_000); // no beat within the run: the run's own statements only
            String id = fixture.start("alice", "underwrite", "{\"quote\":\"quote_3\"}").taskId();
            Statistics statistics = statistics(database);
            statistics.clear();

            runs.remove(0).run();

            assertEquals(1, statistics.getPrepareStatementCount(), "statements of the run");
            statistics.clear();
            TaskInfo done = fixture.find("alice", id).orElseThrow();
            assertEquals(1, statistics.getPrepareStatementCount(), "statements of the poll");
            assertEquals(0, statistics.getEntityLoadCount(), "entities the poll built: its row is read as values");
            assertEquals(Status.COMPLETED, done.status());
            assertEquals("approved quote_3", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }

    private static Statistics statistics(Database database) {
        return StoreFixture.on(database).entityManagers.unwrap(SessionFactory.class).getStatistics();
    }
}
