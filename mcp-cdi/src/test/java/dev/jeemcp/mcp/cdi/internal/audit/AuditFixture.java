package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import jakarta.enterprise.context.control.RequestContextController;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** An {@link Auditor} writing to {@code MCP_AUDIT} on H2, and rows of that table made and counted by hand. */
final class AuditFixture {

    interface Work<T> {
        T run(Auditor auditor) throws Exception;
    }

    private AuditFixture() {
    }

    /** Runs {@code work} with the JPA sink and that {@code mcp.audit.retention} ({@code null}: none), in a request. */
    static <T> T withAuditor(String retention, Work<T> work) throws Exception {
        StoreFixture store = StoreFixture.on(Database.H2);
        System.setProperty(Auditor.SINK, Auditor.JPA);
        if (retention != null) {
            System.setProperty(Auditor.RETENTION, retention);
        }
        try (WeldContainer container = new Weld("audit-" + UUID.randomUUID()).disableDiscovery()
                .addBeanClasses(Auditor.class, JpaAuditSink.class)
                .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                .initialize()) {
            RequestContextController context = container.select(RequestContextController.class).get();
            context.activate();
            try {
                return work.run(container.select(Auditor.class).get());
            } finally {
                context.deactivate();
            }
        } finally {
            System.clearProperty(Auditor.SINK);
            System.clearProperty(Auditor.RETENTION);
        }
    }

    /** Inserts {@code count} successful tool rows of that name recorded at {@code at}. */
    static void insert(String name, int count, long at) throws Exception {
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
    static int rows(String name, long before) throws Exception {
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
