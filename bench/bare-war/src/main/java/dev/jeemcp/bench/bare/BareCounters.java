package dev.jeemcp.bench.bare;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * The database floor: by hand, over JDBC, exactly the statements jeemcp's handle store sends for {@code bump} (read the
 * row by id, check tenant, kind and expiry, then one UPDATE guarded by id, version, tenant and expiry, both in one
 * transaction) and for {@code new_counter} (one INSERT), on the same table, in the same database, through a pool of
 * the same size and connection validation as {@code ours.war}'s. What {@code ours} costs beyond this is JTA, JPA,
 * JSON-B and the library.
 *
 * <p>With {@code -Dbench.bare.tx=jta} (the {@code bare-jta} row) {@code bump} runs the same statements in a JTA
 * transaction of the container instead ({@code UserTransaction}, the connection enlisted as in the tool's
 * {@code @Transactional}): what the application's choice of JTA costs by itself, without CDI, an interceptor or MCP.
 *
 * <p>The pool is looked up on first use, so that the WAR deploys where the annotation means nothing (Tomcat, where
 * only the protocol rows are measured).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/bare",
        // PostgreSQL or MariaDB, as -Dbench.db says (BenchDataSource).
        className = "dev.jeemcp.bench.db.BenchDataSource",
        minPoolSize = 2,
        // wrk keeps 16 requests in flight, each holding one connection. Five servers side by side (ours, ours-base,
        // ours-jpa, ours-jdbc, bare) then need 80 connections, below PostgreSQL's default max_connections of 100
        // (MariaDB's is 151).
        maxPoolSize = 16,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
final class BareCounters {

    /** The tenant and owner jeemcp gives wrk's anonymous calls (mcp.anonymousTenant=true). */
    private static final String ANONYMOUS = "anonymous";
    private static final String KIND = "counter";
    /** Counter's @HandleKind ttl (P1D), renewed on every update as the library does. */
    private static final long TTL_MS = 86_400_000L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean JTA = "jta".equals(System.getProperty("bench.bare.tx"));

    private final JsonProvider json;
    private volatile DataSource pool;
    private volatile UserTransaction userTransaction;

    BareCounters(JsonProvider json) {
        this.json = json;
    }

    /** A counter at zero, as {@code Handles.create} stores it: one INSERT. */
    String create() throws SQLException {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String id = KIND + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long now = System.currentTimeMillis();
        try (Connection connection = pool().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO MCP_HANDLE (ID, KIND, TENANT, OWNER,"
                     + " PAYLOAD, VERSION, CREATED_AT, UPDATED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, KIND);
            insert.setString(3, ANONYMOUS);
            insert.setString(4, ANONYMOUS);
            insert.setString(5, "{\"count\":0}");
            insert.setLong(6, now);
            insert.setLong(7, now);
            insert.setLong(8, now + TTL_MS);
            insert.executeUpdate();
        }
        return id;
    }

    /** Adds one: the row read by id, then the guarded UPDATE, in one transaction; -1 when it is gone or changed. */
    long bump(String id) throws SQLException {
        if (JTA) {
            return bumpInJta(id);
        }
        try (Connection connection = pool().getConnection()) {
            connection.setAutoCommit(false);
            try {
                long next = bump(connection, id);
                connection.commit();
                return next;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The same in a container transaction: begin, the connection enlisted on first use, commit (or roll back). */
    private long bumpInJta(String id) throws SQLException {
        UserTransaction transaction = userTransaction();
        try {
            transaction.begin();
            long next;
            try (Connection connection = pool().getConnection()) {
                next = bump(connection, id);
            } catch (SQLException | RuntimeException e) {
                transaction.rollback();
                throw e;
            }
            transaction.commit();
            return next;
        } catch (NotSupportedException | SystemException | RollbackException | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new SQLException("the JTA transaction failed", e);
        }
    }

    private UserTransaction userTransaction() {
        UserTransaction found = userTransaction;
        if (found == null) {
            found = Jndi.lookup("java:comp/UserTransaction", UserTransaction.class, "(bare-jta runs on Payara only)");
            userTransaction = found;
        }
        return found;
    }

    private long bump(Connection connection, String id) throws SQLException {
        long now = System.currentTimeMillis();
        String payload;
        long version;
        try (PreparedStatement select = connection.prepareStatement("SELECT KIND, TENANT, PAYLOAD, VERSION, EXPIRES_AT"
                + " FROM MCP_HANDLE WHERE ID = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || !KIND.equals(row.getString(1)) || !ANONYMOUS.equals(row.getString(2))
                        || row.getLong(5) <= now) {
                    return -1;
                }
                payload = row.getString(3);
                version = row.getLong(4);
            }
        }
        long next;
        try (JsonReader reader = json.createReader(new StringReader(payload))) {
            JsonObject counter = reader.readObject();
            next = counter.getJsonNumber("count").longValueExact() + 1;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE MCP_HANDLE SET PAYLOAD = ?,"
                + " VERSION = VERSION + 1, UPDATED_AT = ?, EXPIRES_AT = ?"
                + " WHERE ID = ? AND VERSION = ? AND TENANT = ? AND EXPIRES_AT > ?")) {
            update.setString(1, json.createObjectBuilder().add("count", next).build().toString());
            update.setLong(2, now);
            update.setLong(3, now + TTL_MS);
            update.setString(4, id);
            update.setLong(5, version);
            update.setString(6, ANONYMOUS);
            update.setLong(7, now);
            return update.executeUpdate() == 1 ? next : -1;
        }
    }

    DataSource pool() {
        DataSource found = pool;
        if (found == null) {
            found = Jndi.lookup("java:app/jdbc/bare", DataSource.class, "(the database floor's pool: Payara only)");
            pool = found;
        }
        return found;
    }
}
