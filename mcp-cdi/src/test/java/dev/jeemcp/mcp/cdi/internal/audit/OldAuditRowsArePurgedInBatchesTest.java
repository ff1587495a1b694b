package dev.jeemcp.mcp.cdi.internal.audit;

import static dev.jeemcp.mcp.cdi.internal.audit.AuditFixture.insert;
import static dev.jeemcp.mcp.cdi.internal.audit.AuditFixture.rows;
import static dev.jeemcp.mcp.cdi.internal.audit.AuditFixture.withAuditor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
}
