package dev.jeemcp.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The PostgreSQL database the instances share, with the tables made by the DDL scripts shipped in the WAR. */
final class SharedDatabase {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private SharedDatabase() {
    }

    /** The system properties that point the sample at this database. */
    static List<String> sampleProperties() {
        return List.of("quotes.datasource.url=" + URL, "quotes.datasource.user=" + USER, "quotes.datasource.password=");
    }

    /** Drops and recreates the handle and policy tables from the scripts inside the sample WAR. */
    static void recreate() throws IOException, SQLException {
        try (ZipFile war = new ZipFile(Deployments.DIR.toPath().resolve("sample.war").toFile());
                Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS MCP_HANDLE");
            statement.execute("DROP TABLE IF EXISTS SAMPLE_POLICY");
            run(statement, library(war, "META-INF/jeemcp/ddl/postgresql.sql"));
            run(statement, read(war, war.getEntry("WEB-INF/classes/META-INF/sql/postgresql.sql")));
        }
    }

    static int count(String sql) throws SQLException {
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
