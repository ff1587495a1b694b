package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's MCP Inspector CLI commands work against the sample. */
@ExtendWith(ArquillianExtension.class)
class InspectorCliIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample();
    }

    @ArquillianResource
    URL base;

    private String inspector(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(NodeClients.NODE.toString(),
                "node_modules/.bin/mcp-inspector", "--cli", Deployments.endpoint(base).toString(), "--transport", "http"));
        command.addAll(List.of(arguments));
        return NodeClients.run(command);
    }

    @Test
    void theInspectorListsTheTools() {
        String out = inspector("--method", "tools/list");
        assertTrue(out.contains("\"estimate_premium\"") && out.contains("\"list_products\""), out);
    }

    @Test
    void theInspectorCallsATool() {
        String out = inspector("--method", "tools/call", "--tool-name", "estimate_premium",
                "--tool-arg", "product=TRAVEL", "--tool-arg", "applicant={\"age\":30,\"smoker\":false,\"postcode\":\"5000\"}");
        // 95.00 base x 1 x 1.2 (high-risk region) x 1 = 114.00
        assertTrue(out.contains("\"yearlyPremium\": 114") || out.contains("\"yearlyPremium\":114"), out);
    }
}
