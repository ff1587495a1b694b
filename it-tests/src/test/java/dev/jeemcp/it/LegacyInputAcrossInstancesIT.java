package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.it.infra.ScaleOutCluster;
import dev.jeemcp.it.infra.SharedDatabase;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 2025-era client is asked for input on the event stream of its call, and its answer, a new POST, is taken by
 * whichever instance the balancer picks: the official TypeScript SDK v1 client, with elicitation and sampling
 * handlers, binds quotes through {@code bind_policy_confirmed} behind nginx round-robin over two instances that share
 * only PostgreSQL. The balancer's log shows that the answers landed on the other instance, and afterwards the answer
 * table is empty; a row left behind, expired, is purged by the instances' scheduled purge with no request.
 * <p>Runs on Payara Micro 6 and Tomcat, not again on Payara Micro 7 and WildFly: the pom's failsafe executions say why.
 */
class LegacyInputAcrossInstancesIT {

    private static final int CALLS = 6;

    private static ScaleOutCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = ScaleOutCluster.start(List.of(), 2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theConfirmationIsAnsweredThroughTheOtherInstance() throws Exception {
        JsonObject seen = NodeClients.script("legacy-input.mjs", cluster.balancer.endpoint().toString(), Integer.toString(CALLS));
        assertFalse(seen.containsKey("failed"), () -> "the client failed: " + seen);
        assertEquals("2025-11-25", seen.getString("protocolVersion"));

        assertEquals(CALLS + 1, seen.getJsonArray("asked").size(), "one question per call");
        assertTrue(seen.getJsonArray("asked").getJsonObject(0).getString("message").matches("Bind this policy for EUR [0-9.]+ a year\\?"),
                seen.toString());
        for (JsonObject bound : seen.getJsonArray("bound").getValuesAs(JsonObject.class)) {
            assertFalse(bound.getBoolean("isError"), bound.toString());
            assertTrue(bound.getJsonObject("policy").getString("policy_id").startsWith("policy_"), bound.toString());
            assertEquals(1, SharedDatabase.count("SELECT COUNT(*) FROM SAMPLE_POLICY WHERE QUOTE_ID = '" + bound.getString("quoteId") + "'"));
        }
        JsonObject declined = seen.getJsonObject("declined");
        assertTrue(declined.getBoolean("isError"), declined.toString());
        assertTrue(declined.getJsonArray("content").getJsonObject(0).getString("text").contains("was not confirmed"), declined.toString());

        // Each call's POST is logged with status 200 (its event stream), its answer's with 202.
        Map<String, Map<String, String>> upstreams = cluster.balancer.accessLog().stream()
                .map(line -> line.split(" "))
                .filter(fields -> fields.length == 3 && fields[2].matches("confirm-\\d+|decline"))
                .collect(Collectors.groupingBy(fields -> fields[2], Collectors.toMap(fields -> fields[1], fields -> fields[0], (a, b) -> a + "," + b)));
        assertEquals(CALLS + 1, upstreams.size(), upstreams.toString());
        long crossed = upstreams.values().stream().filter(call -> call.containsKey("200") && call.containsKey("202")
                && !call.get("200").equals(call.get("202"))).count();
        assertTrue(upstreams.values().stream().allMatch(call -> call.containsKey("200") && call.containsKey("202")), upstreams.toString());
        assertTrue(crossed * 2 > CALLS + 1, "most answers landed on the other instance: " + upstreams);

        assertEquals(0, SharedDatabase.count("SELECT COUNT(*) FROM MCP_INPUT"), "no request is left waiting");

        // A row an instance that died left behind, expired two minutes ago: with no request at all, the instances'
        // scheduled purge (its first run a minute after the servlet started) deletes it.
        SharedDatabase.update("INSERT INTO MCP_INPUT (ID, TENANT, OWNER, CALL_ID, EXPIRES_AT) VALUES ('jeemcp-in-left-behind',"
                + " 'anonymous', 'anonymous', 'call', " + (System.currentTimeMillis() - 120_000) + ")");
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(150);
        while (SharedDatabase.count("SELECT COUNT(*) FROM MCP_INPUT") > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(1_000);
        }
        assertEquals(0, SharedDatabase.count("SELECT COUNT(*) FROM MCP_INPUT"), "the expired row is purged without a request");
    }
}
