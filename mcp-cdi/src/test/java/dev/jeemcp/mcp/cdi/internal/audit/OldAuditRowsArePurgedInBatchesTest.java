package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import jakarta.enterprise.context.control.RequestContextController;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * With {@code mcp.audit.retention} set, rows of {@code MCP_AUDIT} older than it are deleted in bounded batches, each a
 * transaction of its own, and newer rows stay. Without it, nothing is deleted.
 */
class OldAuditRowsArePurgedInBatchesTest {

    private static final long NOW = System.currentTimeMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void rowsOlderThanTheRetentionGoInBatchesAndNewerStay() throws Exception {
        String name = "purge-" + UUID.randomUUID();
        insert(name, 7, NOW - 100 * DAY);
        insert(name, 2, NOW - 10 * DAY);
        List<Integer> batches = withAuditor("P90D", auditor -> {
            auditor.purgeBatch(3);
            return auditor.purgeExpired(NOW);
        });
        assertTrue(batches.stream().allMatch(rows -> rows <= 3), "every batch is bounded: " + batches);
        assertTrue(batches.size() >= 3, "seven old rows took several batches: " + batches);
        assertTrue(batches.get(batches.size() - 1) < 3, "the last batch found no more: " + batches);
        assertEquals(0, rows(name, NOW - 90 * DAY), "the old rows are gone");
        assertEquals(2, rows(name, NOW), "the newer rows stay");
    }

    @Test
    void withoutARetentionNothingIsDeleted() throws Exception {
        String name = "kept-" + UUID.randomUUID();
        insert(name, 2, NOW - 1000 * DAY);
        assertEquals(List.of(), withAuditor(null, auditor -> auditor.purgeExpired(NOW)));
        assertEquals(2, rows(name, NOW));
    }

    private interface Work<T> {
        T run(Auditor auditor);
    }

    private static <T> T withAuditor(String retention, Work<T> work) {
        StoreFixture store = StoreFixture.on(Database.H2);
        System.setProperty(Auditor.SINK, Auditor.JPA);
        if (retention != null) {
            System.setProperty(Auditor.RETENTION, retention);
        }
        try (WeldContainer container = new Weld("retention-" + UUID.randomUUID()).disableDiscovery()
                .addBeanClasses(Auditor.class, JpaAuditSink.class)
                .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                .initialize()) {
            RequestContextController context = container.select(RequestContextController.class).get();
            context.activate();
            try {
                Auditor auditor = container.select(Auditor.class).get();
                Supplier<T> run = () -> work.run(auditor);
                return run.get();
            } finally {
                context.deactivate();
            }
        } finally {
            System.clearProperty(Auditor.SINK);
            System.clearProperty(Auditor.RETENTION);
        }
    }

    private static void insert(String name, int count, long at) throws Exception {
        Database database = Database.H2;
        database.prepare(); // the library's tables, made once per test run
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var insert = connection.prepareStatement("INSERT INTO MCP_AUDIT (ID, RECORDED_AT, FEATURE, NAME, OUTCOME,"
                        + " DURATION_MICROS, ARGUMENTS_TRUNCATED) VALUES (?, ?, 'TOOL', ?, 'SUCCESS', 0, FALSE)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, at);
                insert.setString(3, name);
                insert.executeUpdate();
            }
        }
    }

    /** The rows of that name recorded before {@code before}. */
    private static int rows(String name, long before) throws Exception {
        Database database = Database.H2;
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                var query = connection.prepareStatement("SELECT COUNT(*) FROM MCP_AUDIT WHERE NAME = ? AND RECORDED_AT < ?")) {
            query.setString(1, name);
            query.setLong(2, before);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        }
    }
}
