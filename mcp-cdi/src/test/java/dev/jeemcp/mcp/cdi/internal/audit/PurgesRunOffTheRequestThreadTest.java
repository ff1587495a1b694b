package dev.jeemcp.mcp.cdi.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import jakarta.enterprise.context.control.RequestContextController;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The retention purge of {@code MCP_AUDIT}, due when the sink writes, is handed to the background executor: the
 * request whose row made it due is answered without waiting for up to a hundred deletes.
 */
class PurgesRunOffTheRequestThreadTest {

    @Test
    void theAuditPurgeIsHandedToTheExecutor() throws Exception {
        StoreFixture store = StoreFixture.on(Database.H2);
        Database.H2.prepare();
        String name = "purged-later-" + UUID.randomUUID();
        long old = System.currentTimeMillis() - Duration.ofDays(100).toMillis();
        try (var connection = DriverManager.getConnection(Database.H2.url, Database.H2.user, Database.H2.password);
                var insert = connection.prepareStatement("INSERT INTO MCP_AUDIT (ID, RECORDED_AT, FEATURE, NAME, OUTCOME,"
                        + " DURATION_MICROS, ARGUMENTS_TRUNCATED) VALUES (?, ?, 'TOOL', ?, 'SUCCESS', 0, FALSE)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setLong(2, old);
            insert.setString(3, name);
            insert.executeUpdate();
        }
        System.setProperty(Auditor.SINK, Auditor.JPA);
        System.setProperty(Auditor.RETENTION, "P90D");
        try (WeldContainer container = new Weld("purge-later-" + UUID.randomUUID()).disableDiscovery()
                .addBeanClasses(Auditor.class, JpaAuditSink.class)
                .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                .initialize()) {
            RequestContextController context = container.select(RequestContextController.class).get();
            context.activate();
            try {
                Auditor auditor = container.select(Auditor.class).get();
                List<Runnable> handed = new ArrayList<>();
                auditor.useExecutor(handed::add);
                auditor.fire(new McpAuditEvent(Instant.now(), "ann", null, Feature.TOOL, name, Outcome.SUCCESS, Duration.ZERO,
                        null, null, null));
                assertEquals(1, rows(name, old + 1), "the writing thread deleted nothing");
                assertEquals(1, handed.size(), "the purge waits for the executor");
                handed.get(0).run();
                assertEquals(0, rows(name, old + 1), "the executor deleted the old row");
                assertEquals(1, rows(name, Long.MAX_VALUE), "the new row stays");
            } finally {
                context.deactivate();
            }
        } finally {
            System.clearProperty(Auditor.SINK);
            System.clearProperty(Auditor.RETENTION);
        }
    }

    private static int rows(String name, long before) throws Exception {
        try (var connection = DriverManager.getConnection(Database.H2.url, Database.H2.user, Database.H2.password);
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
