package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the sample (on the server under test) sharing PostgreSQL and nothing else: a quote started on one is updated,
 * read, underwritten and bound on the other, through each official TypeScript client (v2 and v1), and is bound exactly
 * once. Every other sample tool is called on the way, and each client validates every result against its outputSchema.
 */
class QuotingAcrossInstancesIT {

    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        SharedDatabase.recreate();
        first = Server.current().startSample("first", SharedDatabase.sampleProperties());
        second = Server.current().startSample("second", SharedDatabase.sampleProperties());
        first.awaitReady(Duration.ofMinutes(3));
        second.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        ServerProcess.closeAll(Arrays.asList(first, second));
    }

    /** The TypeScript SDK v2 client, 2026-07-28. */
    @Test
    void theModernClientRunsTheWholeFlowAcrossInstances() throws Exception {
        assertTheWholeFlow(NodeClients.script("quote-flow.mjs", "v2", first.endpoint().toString(), second.endpoint().toString()));
    }

    /**
     * The TypeScript SDK v1 client (1.32.x, 2025-11-25, the client inside most hosts): it checks every structuredContent
     * against the tool's outputSchema with ajv and throws -32602 when they disagree, so a schema that lies breaks it.
     */
    @Test
    void theLegacyClientRunsTheWholeFlowAcrossInstances() throws Exception {
        assertTheWholeFlow(NodeClients.script("quote-flow.mjs", "v1", first.endpoint().toString(), second.endpoint().toString()));
    }

    private static void assertTheWholeFlow(JsonObject seen) throws Exception {
        assertFalse(seen.containsKey("failed"), () -> seen.getString("client") + " client failed at "
                + seen.getJsonObject("failed") + " after " + seen.getJsonArray("steps"));
        List<String> listed = strings(seen.getJsonArray("tools"));
        assertEquals(listed.stream().filter(name -> !name.equals("approve_discount")).sorted().toList(),
                strings(seen.getJsonArray("called")).stream().sorted().toList(), "every tool listed to this caller is called");

        String quoteId = seen.getJsonObject("started").getString("quote_id");
        assertTrue(quoteId.matches("quote_[A-Za-z0-9_-]{22}"), quoteId);
        assertEquals("216.0", seen.getJsonObject("started").getJsonNumber("yearlyPremium").bigDecimalValue().setScale(1).toPlainString());
        // 216.00 x 1.2 (300,000 cover) x 1.08 (one extra) x 0.9 (1,000 deductible) = 251.94
        assertEquals("251.94", seen.getJsonObject("updated").getJsonNumber("yearlyPremium").bigDecimalValue().toPlainString());
        assertEquals(seen.getJsonObject("updated").getJsonObject("coverage"), seen.getJsonObject("read").getJsonObject("coverage"),
                "the first instance reads what the second wrote");
        // The sample's anonymous callers share one tenant: they find quotes by id, and may not list that tenant.
        assertTrue(seen.getJsonObject("listed").getBoolean("isError"));
        assertEquals("Anonymous callers cannot list what is stored: authenticate to see your own",
                seen.getJsonObject("listed").getJsonArray("content").getJsonObject(0).getString("text"));
        assertEquals("ACCEPTED", seen.getJsonObject("underwritten").getString("verdict"));
        assertEquals(4, seen.getJsonObject("documents").getInt("pages"), "three pages and one per extra");

        String policyId = seen.getJsonObject("bound").getString("policy_id");
        assertTrue(policyId.startsWith("policy_"));
        JsonObject again = seen.getJsonObject("boundAgain");
        assertTrue(again.getBoolean("isError"));
        assertEquals(quoteId + " is already bound to " + policyId + " and can no longer change",
                again.getJsonArray("content").getJsonObject(0).getString("text"));
        assertTrue(seen.getJsonObject("updateAfterBind").getBoolean("isError"));
        assertEquals(1, seen.getJsonArray("asked").size(), "the user was asked to confirm the premium once");
        assertTrue(seen.getJsonArray("asked").getString(0).matches("Bind this policy for EUR 216(\\.0+)? a year\\?"), seen.toString());
        assertTrue(seen.getJsonObject("confirmed").getString("policy_id").startsWith("policy_"));

        // 410.00 base x 1.4 (age 22) x 1.5 (smoker) x 1.2 (high-risk region) x 1.2 (250,000 cover) = 1239.84
        assertEquals("1239.84", seen.getJsonObject("estimate").getJsonNumber("yearlyPremium").bigDecimalValue()
                .stripTrailingZeros().toPlainString());
        assertEquals(3, seen.getJsonObject("products").getJsonArray("products").size());
        assertTrue(seen.getJsonObject("badPostcode").getBoolean("isError"));
        assertEquals("2026-02-28", seen.getJsonObject("renewal").getString("result"));

        assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM SAMPLE_POLICY WHERE QUOTE_ID = '" + quoteId + "'"));
        assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE WHERE ID = '" + quoteId + "'"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
