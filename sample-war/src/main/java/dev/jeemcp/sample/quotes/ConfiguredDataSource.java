package dev.jeemcp.sample.quotes;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The sample's database, chosen at launch without rebuilding the WAR: the system properties
 * {@code quotes.datasource.url}, {@code .user} and {@code .password} (or the environment variables
 * {@code QUOTES_DATASOURCE_URL}, ...) name a PostgreSQL or MariaDB database; without them it is an embedded,
 * in-memory H2. The container pools the connections, as for any {@code @DataSourceDefinition}.
 *
 * <p>Written by hand because the portable alternatives fall short: {@code @DataSourceDefinition} attributes are
 * constants, and Payara resolves {@code ${MPCONFIG=...}} in them before the WAR's own configuration is readable, so
 * defaults cannot live in the WAR.
 */
public class ConfiguredDataSource implements DataSource {

    static final String DEFAULT_URL = "jdbc:h2:mem:quotes;DB_CLOSE_DELAY=-1";

    private volatile DataSource delegate;

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = create(setting("url", DEFAULT_URL), setting("user", "sa"), setting("password", ""));
                    delegate = current;
                }
            }
        }
        return current;
    }

    private static DataSource create(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            MariaDbDataSource mariadb = new MariaDbDataSource(url);
            mariadb.setUser(user);
            mariadb.setPassword(password);
            return mariadb;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new SQLException("quotes.datasource.url must be a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: URL");
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty("quotes.datasource." + name);
        if (value == null) {
            value = System.getenv("QUOTES_DATASOURCE_" + name.toUpperCase(Locale.ROOT));
        }
        return value == null ? fallback : value;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // WildFly's pool (IronJacamar) always calls this method, with an empty or null user when the definition names
        // none: then the configured credentials apply.
        return username == null || username.isEmpty() ? delegate().getConnection() : delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging of its own
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the drivers' defaults apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
