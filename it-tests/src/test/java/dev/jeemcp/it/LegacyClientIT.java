package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official TypeScript SDK v1 client (2025-11-25, initialize first) is served too, and never gets a session. */
@ExtendWith(ArquillianExtension.class)
class LegacyClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample();
    }

    @ArquillianResource
    URL base;

    @Test
    void theLegacyClientInitializesAndCallsToolsWithoutASession() {
        JsonObject seen = NodeClients.script("legacy-client.mjs", Deployments.endpoint(base).toString());

        assertEquals("2025-11-25", seen.getString("protocolVersion"));
        assertEquals(JsonValue.NULL, seen.get("sessionId"));
        assertEquals(13, seen.getJsonArray("tools").size(), "approve_discount is for underwriters only");

        JsonObject estimate = seen.getJsonObject("estimate").getJsonObject("structuredContent");
        // 410.00 base x 1.4 (age 22) x 1.5 (smoker) x 1.2 (high-risk region) = 1033.20
        assertEquals("1033.2", estimate.getJsonNumber("yearlyPremium").bigDecimalValue().stripTrailingZeros().toPlainString());

        assertEquals(McpErrorCodes.INVALID_PARAMS, seen.getJsonObject("unknownTool").getInt("code"));
        JsonObject products = seen.getJsonObject("products");
        assertFalse(products.getBoolean("isError"));
        assertEquals(3, products.getJsonObject("structuredContent").getJsonArray("products").size());
    }
}
