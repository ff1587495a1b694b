package dev.jeemcp.mcp.cdi.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.spi.ReadinessCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * Each MicroProfile Health check asks only what it names: the catalog's and the tasks' checks never wait on the
 * database, and the database's asks it once, not once per check.
 */
class EachHealthCheckAsksOnlyItsOwnTest {

    @Test
    void theCatalogAndTasksChecksDoNotAskTheDatabase() {
        try (ProbeFixture fixture = new ProbeFixture()) {
            McpReadiness readiness = new McpReadiness();
            readiness.built(fixture.probe(() -> true), null);

            assertEquals(HealthCheckResponse.Status.UP, call(new McpCatalogCheck(), readiness).getStatus());
            assertEquals(HealthCheckResponse.Status.UP, call(new McpTasksCheck(), readiness).getStatus());
            assertEquals(0, fixture.checksAsked.get(), "the database was not asked");

            HealthCheckResponse database = call(new McpDatabaseCheck(), readiness);
            assertEquals(ReadinessCheck.DATABASE, database.getName());
            assertEquals(HealthCheckResponse.Status.UP, database.getStatus());
            assertEquals(1, fixture.checksAsked.get());
        }
    }

    private static HealthCheckResponse call(ReadinessHealthCheck check, McpReadiness readiness) {
        check.readiness = readiness;
        return check.call();
    }
}
