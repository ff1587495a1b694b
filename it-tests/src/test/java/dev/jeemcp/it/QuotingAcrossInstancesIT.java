package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the sample (on the server under test) sharing PostgreSQL and nothing else: a quote started on one is updated,
 * read and bound on the other, through the official TypeScript client, and is bound exactly once.
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
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aQuoteStartedOnOneInstanceIsUpdatedAndBoundOnTheOther() throws Exception {
        JsonObject seen = NodeClients.script("quote-flow.mjs", first.endpoint().toString(), second.endpoint().toString());

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

        String policyId = seen.getJsonObject("bound").getString("policy_id");
        assertTrue(policyId.startsWith("policy_"));
        JsonObject again = seen.getJsonObject("boundAgain");
        assertTrue(again.getBoolean("isError"));
        assertEquals(quoteId + " is already bound to " + policyId + " and can no longer change",
                again.getJsonArray("content").getJsonObject(0).getString("text"));
        assertTrue(seen.getJsonObject("updateAfterBind").getBoolean("isError"));

        assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM SAMPLE_POLICY WHERE QUOTE_ID = '" + quoteId + "'"));
        assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM MCP_HANDLE WHERE ID = '" + quoteId + "'"));
    }
}
