package dev.jeemcp.mcp.cdi.internal.handles;

/**
 * The databases the handle store is tested on: the real servers of the build machine, and embedded H2. The database
 * name is {@code test} unless {@code -Djeemcp.test.database} names another one, so two builds on one machine do not
 * drop each other's tables.
 */
public enum Database {
    H2("jdbc:h2:mem:handles;DB_CLOSE_DELAY=-1", "sa", "", "h2"),
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/" + databaseName(), "postgres", "", "postgresql"),
    MARIADB("jdbc:mariadb://127.0.0.1:3306/" + databaseName(), "root", "", "mariadb");

    private static String databaseName() {
        return System.getProperty("jeemcp.test.database", "test");
    }

    public final String url;
    public final String user;
    public final String password;
    /** The name of the DDL script the library ships for it. */
    final String ddl;

    Database(String url, String user, String password, String ddl) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.ddl = ddl;
    }

    private boolean prepared;

    /** Drops and recreates the library's tables with the DDL script it ships, once per test run. */
    public synchronized void prepare() {
        if (prepared) {
            return;
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, password);
                java.sql.Statement statement = connection.createStatement();
                java.io.InputStream script = Database.class.getResourceAsStream("/META-INF/jeemcp/ddl/" + ddl + ".sql")) {
            statement.execute("DROP TABLE IF EXISTS MCP_HANDLE");
            statement.execute("DROP TABLE IF EXISTS MCP_TASK");
            statement.execute("DROP TABLE IF EXISTS MCP_AUDIT");
            statement.execute("DROP TABLE IF EXISTS MCP_RATE");
            statement.execute("DROP TABLE IF EXISTS MCP_INPUT");
            String text = new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String command : text.split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
            prepared = true;
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot prepare " + this + " (is the server running?)", e);
        }
    }
}
