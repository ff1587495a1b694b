package dev.jeemcp.it;

import static dev.jeemcp.it.infra.AccessFixtures.result;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.CheckedCalls;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.NodeClients;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.SharedDatabase;
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

    private RawHttp alice;
    private RawHttp carol;

    @BeforeEach
    void connect() {
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        alice = anonymous.as("alice", "alice-secret");
        carol = anonymous.as("carol", "carol-secret");
    }

    private static long open(CheckedCalls calls, String customer) {
        return calls.success("open_claim", obj("customer", customer, "description", "Burst pipe", "amount", 420))
                .getJsonNumber("claim_id").longValue();
    }

    @Test
    void sessionBeanMethodsAreToolsPromptsAndResources() {
        CheckedCalls calls = new CheckedCalls(alice);
        assertTrue(calls.tools().keySet().containsAll(List.of("open_claim", "find_claim", "withdraw_claim", "claim_counts",
                "who_am_i", "escalate_overnight", "get_claim", "search_claims")), calls.tools().keySet()::toString);
        assertFalse(calls.tools().containsKey("approve_claim"), "an underwriters' bean is hidden from a quoter");
        assertTrue(new CheckedCalls(carol).tools().containsKey("approve_claim"));

        long id = open(calls, "Grace Hopper");
        JsonObject counts = calls.success("claim_counts", obj()); // a @Singleton through its @Local interface
        assertTrue(counts.getJsonNumber("total").longValue() >= 1, counts::toString);
        JsonObject handbook = result(alice, "resources/read", obj("uri", "claims://handbook"), "claims://handbook");
        assertEquals("Every claim is reviewed within five working days.",
                handbook.getJsonArray("contents").getJsonObject(0).getString("text"));
        JsonObject prompt = result(alice, "prompts/get", obj("name", "claim_summary", "arguments", obj("id", String.valueOf(id))), "claim_summary");
        assertTrue(prompt.toString().contains("of Grace Hopper: Burst pipe"), prompt::toString);
    }

    @Test
    void theBeansInterceptorsRunOnEveryCall() {
        CheckedCalls calls = new CheckedCalls(alice);
        open(calls, "Interceptor Ida");
        List<String> ledger = calls.success("ledger", obj()).getJsonArray("result").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
        assertTrue(ledger.contains("ClaimDesk.openClaim"), ledger::toString);
        assertEquals("ClaimDesk.ledger", ledger.get(ledger.size() - 1), "the interceptor saw the ledger call itself");
    }

    @Test
    void theSessionContextKnowsTheCallerAndTheirRoles() {
        JsonObject asAlice = new CheckedCalls(alice).success("who_am_i", obj());
        assertEquals(obj("name", "alice", "underwriter", false), asAlice);
        JsonObject asCarol = new CheckedCalls(carol).success("who_am_i", obj());
        assertEquals(obj("name", "carol", "underwriter", true), asCarol);
    }

    @Test
    void runAsLetsTheBeanCallWhatItsCallerMayNot() {
        CheckedCalls calls = new CheckedCalls(alice);
        long id = open(calls, "Night Owl");
        JsonObject escalated = calls.success("escalate_overnight", obj("id", id));
        assertEquals("ESCALATED", escalated.getString("status"));
    }

    @Test
    void containerManagedTransactionsCommitWhatTheToolDid() {
        CheckedCalls calls = new CheckedCalls(alice);
        long id = open(calls, "Committed Carl");
        JsonObject found = calls.success("get_claim", obj("id", id)); // another call, another transaction
        assertEquals("Committed Carl", found.getString("customer"));
    }

    @Test
    void aToolMayAnswerLaterWithWorkOnTheManagedExecutor() {
        CheckedCalls calls = new CheckedCalls(alice);
        assertEquals(calls.tools().get("assess_risk").getJsonObject("outputSchema").getJsonObject("properties").keySet(),
                java.util.Set.of("band", "thread"), "the schema of the stage's value");
        JsonObject score = calls.success("assess_risk", obj("amount", 25000));
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
