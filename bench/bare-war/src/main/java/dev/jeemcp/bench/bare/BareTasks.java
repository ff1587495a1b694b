package dev.jeemcp.bench.bare;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The floors of a task, by hand over JDBC, with the statements jeemcp's task store sends, on the same table:
 *
 * <ul>
 *   <li>{@code tasks/get}: the one read by id (with the database's time), the same checks (tenant, owner, expiry) and
 *       the same {@code DetailedTask} JSON, for a task that {@code ours.war} created. What {@code ours} costs beyond
 *       this is JPA, the library's task rules (the tool still deployed and allowed to the caller, a stale run's
 *       recovery) and its result building.</li>
 *   <li>{@code tools/call report} that creates a task: the same refusal when this instance already has
 *       {@code mcp.taskRunsPerInstance} runs queued or running, the tenant's open-task count and one INSERT in one
 *       transaction, the same {@code CreateTaskResult}, and the run on the container's default managed executor, which
 *       ends it with the one guarded UPDATE that stores the result, in a transaction of its own as the library's
 *       store does. What {@code ours} costs beyond this is JPA, the run's request context and call through CDI, its
 *       heartbeat timer and the library's bookkeeping.</li>
 * </ul>
 */
final class BareTasks {

    /** The tenant and owner jeemcp gives wrk's anonymous calls (mcp.anonymousTenant=true). */
    private static final String ANONYMOUS = "anonymous";
    /** ReportTools.report's @McpTask: a day to live, the library's default poll interval. */
    private static final long TTL_MS = 86_400_000L;
    private static final long POLL_INTERVAL_MS = 2_000L;
    /** The library's default mcp.maxOpenTasks. */
    private static final long MAX_OPEN = 100;
    /** The library's default mcp.taskRunsPerInstance: runs queued or running on this instance. */
    private static final int MAX_RUNS = 64;
    private static final String WORKING = "WORKING";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final System.Logger LOG = System.getLogger(BareTasks.class.getName());

    private final JsonProvider json;
    private final Supplier<DataSource> pool;
    private volatile Executor runs;
    private final AtomicInteger running = new AtomicInteger();

    BareTasks(JsonProvider json, Supplier<DataSource> pool) {
        this.json = json;
        this.pool = pool;
    }

    /**
     * A new working task of {@code report} on {@code topic}, its run handed to the managed executor, as
     * {@code CreateTaskResult}'s fields; {@code null} when this instance runs too many or the tenant has too many open
     * tasks.
     */
    JsonObject create(String topic) throws SQLException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = "task_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String runner = UUID.randomUUID().toString();
        String request = json.createObjectBuilder()
                .add("arguments", json.createObjectBuilder().add("topic", topic))
                .add("protocolVersion", "2026-07-28")
                .add("clientCapabilities", json.createObjectBuilder().add("extensions", json.createObjectBuilder()
                        .add("io.modelcontextprotocol/tasks", JsonValue.EMPTY_JSON_OBJECT)))
                .add("inputResponses", JsonValue.EMPTY_JSON_OBJECT)
                .add("state", JsonValue.EMPTY_JSON_OBJECT)
                .build().toString();
        if (running.incrementAndGet() > MAX_RUNS) {
            running.decrementAndGet();
            return null;
        }
        long now = System.currentTimeMillis();
        try (Connection connection = pool.get().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (openTasks(connection, now) >= MAX_OPEN) {
                    connection.rollback();
                    running.decrementAndGet();
                    return null;
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO MCP_TASK (ID, TENANT, OWNER, TOOL,"
                        + " REQUEST, STATUS, RUNNER, HEARTBEAT_AT, CANCEL_REQUESTED_AT, POLL_INTERVAL_MS, VERSION, CREATED_AT,"
                        + " UPDATED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6), 0, ?, 0, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, ANONYMOUS);
                    insert.setString(3, ANONYMOUS);
                    insert.setString(4, "report");
                    insert.setString(5, request);
                    insert.setString(6, WORKING);
                    insert.setString(7, runner);
                    insert.setLong(8, POLL_INTERVAL_MS);
                    insert.setLong(9, now);
                    insert.setLong(10, now);
                    insert.setLong(11, now + TTL_MS);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                running.decrementAndGet();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        runs().execute(() -> {
            try {
                complete(id, runner, "report: " + topic);
            } finally {
                running.decrementAndGet();
            }
        });
        String at = Instant.ofEpochMilli(now).toString();
        return json.createObjectBuilder().add("taskId", id).add("status", "working").add("createdAt", at)
                .add("lastUpdatedAt", at).add("ttlMs", TTL_MS).add("pollIntervalMs", POLL_INTERVAL_MS).build();
    }

    private static long openTasks(Connection connection, long now) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM MCP_TASK WHERE TENANT = ?"
                + " AND EXPIRES_AT > ? AND (STATUS = ? OR STATUS = ?)")) {
            count.setString(1, ANONYMOUS);
            count.setLong(2, now);
            count.setString(3, WORKING);
            count.setString(4, "INPUT_REQUIRED");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The run: the tool's result stored with the one UPDATE guarded by the runner that owns the task, in a transaction
     * (the library's store is {@code @Transactional}: begin, the UPDATE, commit).
     */
    private void complete(String id, String runner, String text) {
        String outcome = json.createObjectBuilder()
                .add("content", json.createArrayBuilder().add(json.createObjectBuilder().add("type", "text").add("text", text)))
                .add("structuredContent", json.createObjectBuilder().add("result", text))
                .add("isError", false)
                .build().toString();
        try (Connection connection = pool.get().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE MCP_TASK SET STATUS = ?,"
                    + " STATUS_MESSAGE = ?, OUTCOME = ?, RUNNER = NULL, UPDATED_AT = ?, VERSION = VERSION + 1"
                    + " WHERE ID = ? AND RUNNER = ? AND STATUS = ?")) {
                update.setString(1, "COMPLETED");
                update.setString(2, null);
                update.setString(3, outcome);
                update.setLong(4, System.currentTimeMillis());
                update.setString(5, id);
                update.setString(6, runner);
                update.setString(7, WORKING);
                update.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "bare: task " + id + " could not record its outcome: " + e);
        }
    }

    private Executor runs() {
        Executor found = runs;
        if (found == null) {
            found = Jndi.lookup("java:comp/DefaultManagedExecutorService", Executor.class,
                    "(task creation runs on Payara only)");
            runs = found;
        }
        return found;
    }

    /** The task as {@code tasks/get} answers it, or {@code null} when it is not the caller's or has expired. */
    JsonObject get(String id) throws SQLException {
        try (Connection connection = pool.get().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT TENANT, OWNER, STATUS, STATUS_MESSAGE, OUTCOME,"
                     + " POLL_INTERVAL_MS, CREATED_AT, UPDATED_AT, EXPIRES_AT, HEARTBEAT_AT, CURRENT_TIMESTAMP FROM MCP_TASK WHERE ID = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !ANONYMOUS.equals(row.getString(1)) || !ANONYMOUS.equals(row.getString(2))
                        || row.getLong(9) <= System.currentTimeMillis()) {
                    return null;
                }
                String status = row.getString(3);
                long created = row.getLong(7);
                JsonObjectBuilder task = json.createObjectBuilder()
                        .add("taskId", id)
                        .add("status", status.toLowerCase(Locale.ROOT))
                        .add("createdAt", Instant.ofEpochMilli(created).toString())
                        .add("lastUpdatedAt", Instant.ofEpochMilli(row.getLong(8)).toString());
                if (row.getString(4) != null) {
                    task.add("statusMessage", row.getString(4));
                }
                task.add("ttlMs", row.getLong(9) - created).add("pollIntervalMs", row.getLong(6));
                if ("COMPLETED".equals(status) && row.getString(5) != null) {
                    try (JsonReader reader = json.createReader(new StringReader(row.getString(5)))) {
                        task.add("result", reader.readObject());
                    }
                }
                return task.build();
            }
        }
    }
}
