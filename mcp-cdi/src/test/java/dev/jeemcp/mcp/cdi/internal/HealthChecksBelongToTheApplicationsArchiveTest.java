package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.fixtures.TaskTools;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The library's MicroProfile Health checks are beans whose bean class is one of the application's feature classes:
 * Weld files such a bean under that class's archive, where a server's health extension that looks only at the
 * application's own archives (WildFly's) finds it. Each check is one bean, so no server lists it twice.
 */
class HealthChecksBelongToTheApplicationsArchiveTest {

    @Test
    void everyCheckIsOneBeanFiledUnderAFeatureClassOfTheApplication() {
        try (WeldContainer container = new Weld().disableDiscovery().addExtension(new McpExtension()).addBeanClasses(TaskTools.class)
                .initialize()) {
            Set<Bean<?>> checks = container.getBeanManager().getBeans(HealthCheck.class, Any.Literal.INSTANCE);
            assertEquals(4, checks.size(), "three readiness checks and the servlet's liveness");
            assertEquals(Set.of(TaskTools.class), checks.stream().map(Bean::getBeanClass).collect(Collectors.toSet()));
            assertEquals(List.of("mcp-catalog", "mcp-database", "mcp-servlet", "mcp-tasks"),
                    container.select(HealthCheck.class, Any.Literal.INSTANCE).stream().map(HealthCheck::call)
                            .map(HealthCheckResponse::getName).sorted().toList(), "each answers under its own name, once");
        }
    }
}
