package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.it.fixtures.sweep.SweepTools;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.SchemaSweep;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every tool of the test fixtures, the conformance suite's and the sweep's own ({@link SweepTools}: null fields, empty
 * optionals, a runtime subtype, every {@code java.time} type), called with arguments made from its inputSchema,
 * answers what its outputSchema promises (see {@link SchemaSweep}).
 */
@ExtendWith(ArquillianExtension.class)
class FixtureSchemaSweepIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.fixtures().addPackage(SweepTools.class.getPackage());
    }

    @ArquillianResource
    URL base;

    @Test
    void everyFixtureToolAnswersWhatItsSchemaPromises() {
        Map<String, String> skipped = new SchemaSweep(Deployments.endpoint(base), "fixtures", Map.of(
                "test_error_handling", "fails by design",
                "async_refusal", "fails by design",
                "failing_job", "fails by design",
                "protocol_error_job", "ends in a protocol error by design"), name -> name.startsWith("sweep_")).run();

        assertFalse(skipped.keySet().stream().anyMatch(name -> name.startsWith("sweep_")), () -> "sweep tools skipped: " + skipped);
    }
}
