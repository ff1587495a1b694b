package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.it.infra.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Without {@code mcp.console.enabled} there is no console, even for a caller who would have its role. */
@ExtendWith(ArquillianExtension.class)
class ConsoleSwitchedOffIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured("""
                <context-param><param-name>mcp.console.role</param-name><param-value>underwriter</param-value></context-param>
                """);
    }

    @ArquillianResource
    URL base;

    @Test
    void thePageIsAbsent() throws Exception {
        assertEquals(404, ConsoleInTheBrowserIT.page(base, "carol").statusCode());
    }
}
