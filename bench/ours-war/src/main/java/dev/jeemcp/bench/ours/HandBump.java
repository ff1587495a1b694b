package dev.jeemcp.bench.ours;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The floors of {@code bump} inside this application, for rows {@code ours-jpa} and {@code ours-jdbc}: the same read
 * and guarded update that the library's {@code Handles} sends, written by hand, called in the tool's JTA transaction
 * through the same MCP endpoint. {@code ours} vs {@code ours-jpa} is the cost of the library's handle store over the
 * same JPA work; {@code ours-jpa} vs {@code ours-jdbc} the cost of JPA (EclipseLink) over JDBC in the same
 * transaction; {@code ours-jdbc} vs bare-war's floor the cost of the MCP endpoint, CDI and JTA.
 */
@ApplicationScoped
class HandBump {

    /** The tenant jeemcp gives wrk's anonymous calls (mcp.anonymousTenant=true), and the kind of {@link Counter}. */
    private static final String ANONYMOUS = "anonymous";
    private static final String KIND = "counter";
    private static final long TTL_MS = 86_400_000L;
    private static final Map<String, Object> BYPASS_CACHE = Map.of(
            "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
            "jakarta.persistence.cache.storeMode", CacheStoreMode.BYPASS);

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    EntityManager entityManager;

    @Resource(lookup = "java:app/jdbc/bench")
    DataSource pool;

    /** With JPA: find by id past the cache, then a JPQL bulk UPDATE guarded like the library's. */
    long withJpa(String id) {
        // As the library does: EclipseLink reads in the transaction, on its one connection.
        entityManager.setProperty("eclipselink.transaction.join-existing", "true");
        long now = System.currentTimeMillis();
        CounterRow row = entityManager.find(CounterRow.class, id, BYPASS_CACHE);
        if (row == null || !KIND.equals(row.kind) || !ANONYMOUS.equals(row.tenant) || row.expiresAt <= now) {
            throw new IllegalArgumentException(id + " was not found");
        }
        entityManager.detach(row);
        long next = jsonb.fromJson(row.payload, Counter.class).count() + 1;
        int updated = entityManager.createQuery("UPDATE CounterRow c SET c.payload = :payload, c.version = c.version + 1,"
                        + " c.updatedAt = :now, c.expiresAt = :expires WHERE c.id = :id AND c.version = :version AND c.tenant = :tenant"
                        + " AND c.expiresAt > :now")
                .setParameter("payload", jsonb.toJson(new Counter(next)))
                .setParameter("expires", now + TTL_MS)
                .setParameter("id", id)
                .setParameter("version", row.version)
                .setParameter("tenant", ANONYMOUS)
                .setParameter("now", now)
                .executeUpdate();
        return checked(updated, id, next);
    }

    /** With JDBC on the same pool, enlisted in the same JTA transaction: bare-war's statements. */
    long withJdbc(String id) {
        long now = System.currentTimeMillis();
        try (Connection connection = pool.getConnection()) {
            String payload;
            long version;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT KIND, TENANT, PAYLOAD, VERSION, EXPIRES_AT FROM MCP_HANDLE WHERE ID = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || !KIND.equals(row.getString(1)) || !ANONYMOUS.equals(row.getString(2)) || row.getLong(5) <= now) {
                        throw new IllegalArgumentException(id + " was not found");
                    }
                    payload = row.getString(3);
                    version = row.getLong(4);
                }
            }
            long next = jsonb.fromJson(payload, Counter.class).count() + 1;
            try (PreparedStatement update = connection.prepareStatement("UPDATE MCP_HANDLE SET PAYLOAD = ?, VERSION = VERSION + 1,"
                    + " UPDATED_AT = ?, EXPIRES_AT = ? WHERE ID = ? AND VERSION = ? AND TENANT = ? AND EXPIRES_AT > ?")) {
                update.setString(1, jsonb.toJson(new Counter(next)));
                update.setLong(2, now);
                update.setLong(3, now + TTL_MS);
                update.setString(4, id);
                update.setLong(5, version);
                update.setString(6, ANONYMOUS);
                update.setLong(7, now);
                return checked(update.executeUpdate(), id, next);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database failed", e);
        }
    }

    private static long checked(int updated, String id, long next) {
        if (updated != 1) {
            throw new IllegalStateException(id + " was changed by another request");
        }
        return next;
    }
}
