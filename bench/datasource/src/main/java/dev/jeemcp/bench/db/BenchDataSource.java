package dev.jeemcp.bench.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's database for ours.war and bare.war alike, chosen at launch with {@code -Dbench.db}: {@code postgresql}
 * (the default; {@code jeemcp_bench} on 127.0.0.1:5432 as {@code postgres}) or {@code mariadb} ({@code jeemcp_bench}
 * on 127.0.0.1:3306 as {@code root}), so that {@code BENCH_DATABASE=mariadb bench/run.sh} measures the same WARs on
 * the other database. Both WARs' {@code @DataSourceDefinition} name this class (so does bare-cdi.war's, which is
 * bare.war's), and Payara pools its connections, as it pools the driver's own simple data source; they are the
 * driver's connections, unwrapped.
 *
 * <p>A class of its own because {@code @DataSourceDefinition} takes constants only.
 */
public class BenchDataSource implements DataSource {

    private final DataSource driver = create(System.getProperty("bench.db", "postgresql"));

    private static DataSource create(String database) {
        try {
            return switch (database) {
                case "postgresql" -> {
                    PGSimpleDataSource postgres = new PGSimpleDataSource();
                    postgres.setURL("jdbc:postgresql://127.0.0.1:5432/jeemcp_bench");
                    postgres.setUser("postgres");
                    yield postgres;
                }
                case "mariadb" -> {
                    MariaDbDataSource mariadb = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:3306/jeemcp_bench");
                    mariadb.setUser("root");
                    yield mariadb;
                }
                default -> throw new IllegalArgumentException("bench.db must be postgresql or mariadb, not " + database);
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return driver.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : driver.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver.isWrapperFor(type);
    }
}
