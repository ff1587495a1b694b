package dev.jeemcp.sample.quotes;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
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
        maxPoolSize = 32)
@ApplicationScoped
public class QuotesPersistence {

    @Produces
    @PersistenceContext(unitName = "quotes")
    EntityManager entityManager;
}
