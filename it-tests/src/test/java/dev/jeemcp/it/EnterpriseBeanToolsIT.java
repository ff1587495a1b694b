package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.test.McpClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enterprise Beans session beans serve tools, prompts and resources, called through the Enterprise Beans container
 * like any other caller's call: a {@code @Stateless} bean's no-interface view, a {@code @Singleton} seen only through
 * its {@code @Local} interface, its interceptors, its session context, {@code @RolesAllowed} and {@code @RunAs}, and
 * container-managed transactions; and the official TypeScript clients (1.x and 2.x) accept every answer.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseBeanToolsIT {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        SharedDatabase.recreateLegacySchema();
        return Deployments.legacyApp();
    }

    @ArquillianResource
    URL base;

    /** The same callers through the test kit, which checks each result against its tool's outputSchema. */
    private McpClient aliceMcp;
    private McpClient carolMcp;

    @BeforeEach
    void connect() {
        aliceMcp = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        carolMcp = McpClient.endpoint(Deployments.endpoint(base)).as("carol", "carol-secret");
    }

    private static long open(McpClient calls, String customer) {
        return calls.call("open_claim", obj("customer", customer, "description", "Burst pipe", "amount", 420)).assertSuccess().structured()
                .getJsonNumber("claim_id").longValue();
    }

    @Test
    void sessionBeanMethodsAreToolsPromptsAndResources() {
        McpClient calls = aliceMcp;
        assertTrue(calls.tools().names().containsAll(List.of("open_claim", "find_claim", "withdraw_claim", "claim_counts",
                "who_am_i", "escalate_overnight", "get_claim", "search_claims")), calls.tools().names()::toString);
        assertFalse(calls.tools().find("approve_claim").isPresent(), "an underwriters' bean is hidden from a quoter");
        assertTrue(carolMcp.tools().find("approve_claim").isPresent());

        long id = open(calls, "Grace Hopper");
        JsonObject counts = calls.call("claim_counts", obj()).assertSuccess().structured(); // a @Singleton through its @Local interface
        assertTrue(counts.getJsonNumber("total").longValue() >= 1, counts::toString);
        assertEquals("Every claim is reviewed within five working days.", calls.read("claims://handbook").text());
        String prompt = calls.prompt("claim_summary", java.util.Map.of("id", String.valueOf(id))).text();
        assertTrue(prompt.contains("of Grace Hopper: Burst pipe"), prompt);
    }

    @Test
    void theBeansInterceptorsRunOnEveryCall() {
        McpClient calls = aliceMcp;
        open(calls, "Interceptor Ida");
        List<String> ledger = calls.call("ledger", obj()).assertSuccess().structured().getJsonArray("result").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertTrue(ledger.contains("ClaimDesk.openClaim"), ledger::toString);
        assertEquals("ClaimDesk.ledger", ledger.get(ledger.size() - 1), "the interceptor saw the ledger call itself");
    }

    @Test
    void theSessionContextKnowsTheCallerAndTheirRoles() {
        JsonObject asAlice = aliceMcp.call("who_am_i", obj()).assertSuccess().structured();
        assertEquals(obj("name", "alice", "underwriter", false), asAlice);
        JsonObject asCarol = carolMcp.call("who_am_i", obj()).assertSuccess().structured();
        assertEquals(obj("name", "carol", "underwriter", true), asCarol);
    }

    @Test
    void runAsLetsTheBeanCallWhatItsCallerMayNot() {
        McpClient calls = aliceMcp;
        long id = open(calls, "Night Owl");
        JsonObject escalated = calls.call("escalate_overnight", obj("id", id)).assertSuccess().structured();
        assertEquals("ESCALATED", escalated.getString("status"));
    }

    @Test
    void containerManagedTransactionsCommitWhatTheToolDid() {
        McpClient calls = aliceMcp;
        long id = open(calls, "Committed Carl");
        JsonObject found = calls.call("get_claim", obj("id", id)).assertSuccess().structured(); // another call, another transaction
        assertEquals("Committed Carl", found.getString("customer"));
    }

    @Test
    void aToolMayAnswerLaterWithWorkOnTheManagedExecutor() {
        McpClient calls = aliceMcp;
        assertEquals(calls.tools().get("assess_risk").getJsonObject("outputSchema").getJsonObject("properties").keySet(),
                java.util.Set.of("band", "thread"), "the schema of the stage's value");
        JsonObject score = calls.call("assess_risk", obj("amount", 25000)).assertSuccess().structured();
        assertEquals("HIGH", score.getString("band"));
    }

    @Test
    void theOfficialClientsAcceptEveryAnswer() {
        for (String client : List.of("v1", "v2")) {
            JsonObject seen = NodeClients.script("legacy-app.mjs", client, Deployments.endpoint(base).toString(), "alice", "alice-secret");
            assertFalse(seen.containsKey("failed"), seen::toString);
            assertEquals("Ada Lovelace", seen.getJsonObject("got").getString("customer"), seen::toString);
            assertEquals(obj("name", "alice", "underwriter", false), seen.getJsonObject("caller"));
            assertTrue(seen.getJsonObject("withdrawn").getBoolean("isError"), seen::toString);
            assertTrue(seen.getString("summary").contains("Ada Lovelace"), seen::toString);
        }
    }
}
