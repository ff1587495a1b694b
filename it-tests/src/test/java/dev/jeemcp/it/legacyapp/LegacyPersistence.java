package dev.jeemcp.it.legacyapp;

import jakarta.annotation.Priority;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application's one datasource and persistence unit, as it had them before MCP: the handle store finds the unit
 * through this producer. The tables of the library live in the same schema (the test creates them from the shipped
 * DDL); the entities' tables are made by the persistence provider.
 */
@DataSourceDefinition(name = "java:app/jdbc/legacy", className = "org.postgresql.ds.PGSimpleDataSource",
        serverName = "127.0.0.1", portNumber = 5432, databaseName = "test", user = "postgres", password = "unused",
        properties = "currentSchema=legacy")
@ApplicationScoped
@Priority(Interceptor.Priority.APPLICATION)
public class LegacyPersistence {

    // An alternative, so that it also wins over the EntityManager bean of Jakarta EE 11 (see the sample's QuotesPersistence).
    @Produces
    @Alternative
    @PersistenceContext(unitName = "legacy")
    EntityManager entityManager;
}
