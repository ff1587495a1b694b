package dev.jeemcp.it.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The PostgreSQL database the instances share, with the tables made by the DDL scripts shipped in the WAR. */
public final class SharedDatabase {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private SharedDatabase() {
    }

    /** The system properties that point the sample at this database. */
    public static List<String> sampleProperties() {
        // The driver class is for Tomcat's pool (the sample's context.xml); the others find it from the URL.
        return List.of("quotes.datasource.url=" + URL, "quotes.datasource.user=" + USER, "quotes.datasource.password=",
                "quotes.datasource.driver=org.postgresql.Driver");
    }

    /** Drops and recreates the handle, task and policy tables from the scripts inside the sample WAR. */
    public static void recreate() throws IOException, SQLException {
        try (ZipFile war = new ZipFile(Deployments.DIR.toPath().resolve("sample.war").toFile());
                Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS MCP_HANDLE");
            statement.execute("DROP TABLE IF EXISTS MCP_TASK");
            statement.execute("DROP TABLE IF EXISTS MCP_AUDIT");
            statement.execute("DROP TABLE IF EXISTS MCP_RATE");
            statement.execute("DROP TABLE IF EXISTS MCP_INPUT");
            statement.execute("DROP TABLE IF EXISTS SAMPLE_POLICY");
            run(statement, library(war, "META-INF/jeemcp/ddl/postgresql.sql"));
            run(statement, read(war, war.getEntry("WEB-INF/classes/META-INF/sql/postgresql.sql")));
        }
    }

    /**
     * Empties the legacy application's schema ({@code legacy}) and creates the library's tables in it from the scripts
     * inside the WAR, as its operators would; the persistence provider makes the application's own tables.
     */
    public static void recreateLegacySchema() throws IOException, SQLException {
        try (ZipFile war = new ZipFile(Deployments.DIR.toPath().resolve("sample.war").toFile());
                Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS legacy CASCADE");
            statement.execute("CREATE SCHEMA legacy");
            statement.execute("SET search_path TO legacy");
            run(statement, library(war, "META-INF/jeemcp/ddl/postgresql.sql"));
        }
    }

    /** Stops the PostgreSQL server itself (fast shutdown: sessions are cut), as an outage would. */
    public static void stopServer() throws IOException, InterruptedException {
        pgCtlCluster("stop", "-m", "fast");
    }

    /** Starts the PostgreSQL server again, unless it runs, and waits until it accepts connections. */
    public static void startServer() throws IOException, InterruptedException {
        if (!accepts()) {
            pgCtlCluster("start");
            Poll.until(Duration.ofSeconds(10), SharedDatabase::accepts, "PostgreSQL to accept connections again");
        }
    }

    private static boolean accepts() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return true;
        } catch (SQLException down) {
            return false;
        }
    }

    private static void pgCtlCluster(String... action) throws IOException, InterruptedException {
        String[] versions = new java.io.File("/etc/postgresql").list();
        if (versions == null || versions.length != 1) {
            throw new IllegalStateException("expected one PostgreSQL cluster version under /etc/postgresql");
        }
        List<String> command = new java.util.ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main"));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
    }

    /** Runs one statement that changes rows, such as a row a test plants. */
    public static int update(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    public static int count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** A script inside the mcp-cdi jar inside the WAR. */
    private static String library(ZipFile war, String path) throws IOException {
        ZipEntry jar = war.stream().filter(e -> e.getName().matches("WEB-INF/lib/mcp-cdi-.*\\.jar")).findFirst().orElseThrow();
        try (var in = new java.util.zip.ZipInputStream(war.getInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(path)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(path + " is not in the mcp-cdi jar");
    }

    private static String read(ZipFile war, ZipEntry entry) throws IOException {
        try (InputStream in = war.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void run(Statement statement, String script) throws SQLException {
        for (String command : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!command.isBlank()) {
                statement.execute(command);
            }
        }
    }
}
