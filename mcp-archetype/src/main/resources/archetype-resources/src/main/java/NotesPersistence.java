package ${package};

import jakarta.annotation.Priority;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application's datasource and persistence unit ("notes", META-INF/persistence.xml): an embedded, in-memory H2
 * database to start with; point the definition (or the unit's jta-data-source) at your own database when you have
 * one, and create the tables with the library's DDL (META-INF/jeemcp/ddl in mcp-cdi's jar). The producer makes the
 * unit injectable, which is how the handle store finds it.
 */
@DataSourceDefinition(name = "java:app/jdbc/notes", className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:notes;DB_CLOSE_DELAY=-1", user = "sa", password = "",
        minPoolSize = 2, maxPoolSize = 32)
@ApplicationScoped
@Priority(Interceptor.Priority.APPLICATION)
public class NotesPersistence {

    // Jakarta EE 11 offers the unit's EntityManager as a bean of its own; as a selected alternative this one wins
    // there, and it is the only one on Jakarta EE 10.
    @Produces
    @Alternative
    @PersistenceContext(unitName = "notes")
    EntityManager entityManager;
}
