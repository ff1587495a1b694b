package dev.jeemcp.bench.bare;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The floor of a task poll: by hand, over JDBC, the one statement jeemcp's task store sends for {@code tasks/get} (the
 * row by id, with the database's time), the same checks (tenant, owner, expiry) and the same {@code DetailedTask}
 * JSON, for a task that {@code ours.war} created in the same table. What {@code ours} costs beyond this is JPA, the
 * library's task rules (the tool still deployed and allowed to the caller, a stale run's recovery) and its result
 * building.
 */
final class BareTasks {

    /** The tenant and owner jeemcp gives wrk's anonymous calls (mcp.anonymousTenant=true). */
    private static final String ANONYMOUS = "anonymous";

    private final JsonProvider json;
    private final Supplier<DataSource> pool;

    BareTasks(JsonProvider json, Supplier<DataSource> pool) {
        this.json = json;
        this.pool = pool;
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
