package dev.jeemcp.sample.quotes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Creates the tables when the datasource is the embedded H2 default, so the sample runs with nothing installed. On
 * PostgreSQL or MariaDB the tables are the operator's: run the DDL scripts (library and sample) beforehand, as for
 * any schema an application owns.
 */
@ApplicationScoped
public class EmbeddedSchema {

    // Where @DataSourceDefinition binds it on a Jakarta EE server, and where Tomcat's context.xml does. Looked up
    // rather than injected with @Resource: CDI on Tomcat (weld-servlet) does not inject resources.
    private static final String[] DATASOURCE_NAMES = {"java:app/jdbc/quotes", "java:comp/env/jdbc/quotes"};

    void createOnH2(@Observes @Initialized(ApplicationScoped.class) Object started) throws SQLException, IOException {
        try (Connection connection = dataSource().getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String script : new String[] {"/META-INF/jeemcp/ddl/h2.sql", "/META-INF/sql/h2.sql"}) {
                    run(statement, script);
                }
            }
        }
    }

    private static DataSource dataSource() {
        for (String name : DATASOURCE_NAMES) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                // not bound under this name in this container
            }
        }
        throw new IllegalStateException("No datasource bound at " + String.join(" or ", DATASOURCE_NAMES));
    }

    private static void run(Statement statement, String script) throws IOException, SQLException {
        try (InputStream in = EmbeddedSchema.class.getResourceAsStream(script)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "")
                    .replaceAll("CREATE (TABLE|INDEX) (?!IF )", "CREATE $1 IF NOT EXISTS ");
            for (String command : sql.split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
        }
    }
}
