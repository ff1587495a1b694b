package dev.jeemcp.bench.ours;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.PersistenceContext;

/**
 * The datasource and persistence unit: the benchmark's own database, PostgreSQL or MariaDB (run.sh creates it),
 * pooled by the container, and an injectable unit, which is how the handle store finds it.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/bench",
        // PostgreSQL or MariaDB, as -Dbench.db says (BenchDataSource).
        className = "dev.jeemcp.bench.db.BenchDataSource",
        minPoolSize = 2,
        // wrk keeps 16 requests in flight, each holding one connection. Five servers side by side (ours, ours-base,
        // ours-jpa, ours-jdbc, bare) then need 80 connections, below PostgreSQL's default max_connections of 100
        // (MariaDB's is 151).
        maxPoolSize = 16,
        properties = {
            // The same Payara connection validation as the sample, so the measured path is the one it ships.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
@Priority(Interceptor.Priority.APPLICATION)
public class BenchPersistence {

    // A selected alternative, as in the sample: Jakarta EE 11 offers an EntityManager bean of its own.
    @Produces
    @Alternative
    @PersistenceContext(unitName = "bench")
    EntityManager entityManager;
}
