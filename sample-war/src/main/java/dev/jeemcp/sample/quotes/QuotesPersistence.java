package dev.jeemcp.sample.quotes;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.PersistenceContext;

/**
 * The application's datasource and persistence unit. {@link ConfiguredDataSource} picks the database at launch,
 * embedded H2 by default; the container pools it. The producer makes the unit injectable, which is also how the
 * handle store finds it.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/quotes",
        className = "dev.jeemcp.sample.quotes.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        // WildFly: its pool refuses a datasource class with no connection property (IJ031103) and it drops the Payara
        // properties below, which the class has no setters for; an explicit login timeout is one it keeps.
        loginTimeout = 30,
        properties = {
            // Payara: test each connection before handing it out, and drop the whole pool when one is found dead,
            // so that the app recovers by itself after a database restart instead of failing on stale connections.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
@Priority(Interceptor.Priority.APPLICATION)
public class QuotesPersistence {

    // Jakarta EE 11 (Persistence 3.2) offers the unit's EntityManager as a bean of its own, which would make this
    // producer ambiguous (WELD-001409). As a selected alternative it wins there; on Jakarta EE 10 it is the only one.
    @Produces
    @Alternative
    @PersistenceContext(unitName = "quotes")
    EntityManager entityManager;
}
