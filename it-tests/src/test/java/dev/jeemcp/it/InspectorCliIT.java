package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.NodeClients;
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

    /**
     * The first call of the quoting flow, as a user tries it from the README: the Inspector lists the tools first and
     * checks the result against start_quote's outputSchema, so a quote whose policy_id is still null must pass it.
     */
    @Test
    void theInspectorStartsAQuote() {
        String out = inspector("--method", "tools/call", "--tool-name", "start_quote",
                "--tool-arg", "product=HOME", "--tool-arg", "applicant={\"age\":42,\"smoker\":false,\"postcode\":\"1011\"}");
        assertTrue(out.matches("(?s).*\"quote_id\":\\s*\"quote_[A-Za-z0-9_-]{22}\".*"), out);
        assertTrue(out.contains("\"status\": \"OPEN\"") || out.contains("\"status\":\"OPEN\""), out);
        assertFalse(out.contains("\"isError\": true") || out.contains("\"isError\":true"), out);
        assertFalse(out.contains("output schema"), out);
    }
}
