package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.TaskTools;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.McpCatalog;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Where MicroProfile Health is (its API here, on the test class path), the extension adds readiness checks named as
 * {@code /mcp-ready} names them, with the same answers, and a liveness check of the servlet; no data in any.
 */
class HealthChecksRenderReadinessTest {

    @Test
    void theChecksAreThereWithReadinessAnswers() {
        try (WeldContainer container = new Weld()
                .disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(StoreFixture.on(Database.H2).entityManagers))
                .addBeanClasses(TaskTools.class)
                .initialize()) {
            container.select(McpCatalog.class).get().tools(); // the servlet's start

            // Tasks run only where a managed executor is: there is none on Weld SE, so the check does not apply (UP).
            assertEquals(Map.of("mcp-catalog", "UP", "mcp-database", "UP", "mcp-tasks", "UP"), answers(container, Readiness.Literal.INSTANCE));
            // No servlet was started here, so the servlet is not alive.
            assertEquals(Map.of("mcp-servlet", "DOWN"), answers(container, Liveness.Literal.INSTANCE));
        }
    }

    private static Map<String, String> answers(WeldContainer container, java.lang.annotation.Annotation kind) {
        Map<String, String> answers = new TreeMap<>();
        for (HealthCheck check : container.select(HealthCheck.class, kind)) {
            HealthCheckResponse response = check.call();
            assertEquals(true, response.getData().isEmpty(), "no data");
            answers.put(response.getName(), response.getStatus().name());
        }
        return answers;
    }
}
