package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.NodeClients;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The official TypeScript SDK v2 client speaks 2026-07-28 to the sample: no session, schemas, structured results. */
@ExtendWith(ArquillianExtension.class)
class ModernClientIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.sample();
    }

    @ArquillianResource
    URL base;

    @Test
    void theModernClientListsAndCallsToolsWithoutASession() {
        JsonObject seen = NodeClients.script("modern-client.mjs", Deployments.endpoint(base).toString());

        assertEquals("2026-07-28", seen.getString("protocolVersion"));
        assertEquals("jeemcp", seen.getString("serverName"));
        assertEquals(JsonValue.NULL, seen.get("sessionId"));

        List<String> names = seen.getJsonArray("tools").stream().map(t -> t.asJsonObject().getString("name")).toList();
        assertEquals(List.of("audit_count", "bind_policy", "bind_policy_confirmed", "check_postcode", "estimate_premium", "get_quote", "list_products", "list_quotes", "renewal_date", "send_quote_documents", "start_quote", "underwrite_quote", "update_coverage"), names);
        JsonObject estimateTool = seen.getJsonArray("tools").getJsonObject(names.indexOf("estimate_premium"));
        JsonObject input = estimateTool.getJsonObject("inputSchema");
        assertEquals("[\"product\",\"applicant\"]", input.getJsonArray("required").toString());
        assertEquals("[\"HOME\",\"MOTOR\",\"TRAVEL\"]", input.getJsonObject("properties").getJsonObject("product").getJsonArray("enum").toString());
        assertTrue(estimateTool.getJsonObject("annotations").getBoolean("readOnlyHint"));

        JsonObject estimate = seen.getJsonObject("estimate");
        assertFalse(estimate.getBoolean("isError"));
        // 240.00 base x 1 (age 42) x 0.9 (low-risk region) x 1.2 (250,000 cover) = 259.20
        assertEquals("259.2", estimate.getJsonObject("structuredContent").getJsonNumber("yearlyPremium").bigDecimalValue()
                .stripTrailingZeros().toPlainString());
        assertEquals("EUR", estimate.getJsonObject("structuredContent").getString("currency"));

        // SEP-1303: the client gets the problems as an isError result the model reads, not as a JSON-RPC error.
        JsonObject invalid = seen.getJsonObject("invalidArguments");
        assertTrue(invalid.getBoolean("isError"), invalid.toString());
        String problems = invalid.getJsonArray("content").getJsonObject(0).getString("text");
        assertTrue(problems.contains("product: expected one of [HOME, MOTOR, TRAVEL], got string \"BOAT\""), problems);
        assertTrue(problems.contains("applicant.age: expected integer"), problems);

        JsonObject toolError = seen.getJsonObject("toolError");
        assertTrue(toolError.getBoolean("isError"));
        assertEquals("Invalid arguments for tool check_postcode: postcode: must be four digits, like 1011", toolError.getJsonArray("content").getJsonObject(0).getString("text"));

        assertEquals("2026-02-28", seen.getJsonObject("renewal").getJsonObject("structuredContent").getString("result"));
    }
}
