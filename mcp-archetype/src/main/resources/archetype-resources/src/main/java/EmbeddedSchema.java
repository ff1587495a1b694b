package ${package};

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the library's tables (handles, tasks) in the embedded H2 database at startup, from the DDL the library
 * ships. On a real database the tables are yours: run META-INF/jeemcp/ddl/postgresql.sql or mariadb.sql with your
 * migrations and delete this class.
 */
@ApplicationScoped
public class EmbeddedSchema {

    @Resource(lookup = "java:app/jdbc/notes")
    DataSource dataSource;

    void create(@Observes @Initialized(ApplicationScoped.class) Object started) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             InputStream in = EmbeddedSchema.class.getResourceAsStream("/META-INF/jeemcp/ddl/h2.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*", "")
                    .replaceAll("CREATE (TABLE|INDEX) (?!IF )", "CREATE $1 IF NOT EXISTS ");
            for (String command : sql.split(";")) {
                if (!command.isBlank()) {
                    statement.execute(command);
                }
            }
        }
    }
}
