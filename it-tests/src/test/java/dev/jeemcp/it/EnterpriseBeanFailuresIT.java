package dev.jeemcp.it;

import static dev.jeemcp.it.infra.AccessFixtures.failure;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.test.McpClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a session bean throws keeps its meaning through the Enterprise Beans container: a refusal by the container
 * answers exactly as a hidden tool, an {@code @ApplicationException} or {@code McpToolException} is an {@code isError}
 * result with its message, a system exception (wrapped in {@code EJBException}) is classified by its cause (503 for an
 * unreachable database, a generic error otherwise) and rolls the transaction back so that no handle and no row stay
 * written, and Bean Validation failures of arguments and of entities are readable {@code isError} results.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseBeanFailuresIT {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        SharedDatabase.recreateLegacySchema();
        return Deployments.legacyApp();
    }

    @ArquillianResource
    URL base;

    private RawHttp alice;
    /** The same callers through the test kit, which checks each result against its tool's outputSchema. */
    private McpClient aliceMcp;
    private McpClient carolMcp;

    @BeforeEach
    void connect() {
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        alice = anonymous.as("alice", "alice-secret");
        aliceMcp = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        carolMcp = McpClient.endpoint(Deployments.endpoint(base)).as("carol", "carol-secret");
    }

    private static long open(McpClient calls) {
        return calls.call("open_claim", obj("customer", "Failing Fiona", "description", "Storm", "amount", 99)).assertSuccess().structured()
                .getJsonNumber("claim_id").longValue();
    }

    @Test
    void aCallTheContainerRefusesAnswersExactlyLikeAHiddenTool() {
        long id = open(aliceMcp);
        String refused = failure(alice, "tools/call", name -> obj("name", name, "arguments", obj("id", id)), "escalate_claim");
        String hidden = failure(alice, "tools/call", name -> obj("name", name, "arguments", obj("id", id)), "approve_claim");
        String unknown = failure(alice, "tools/call", name -> obj("name", name, "arguments", obj("id", id)), "no_such_tool");
        assertEquals(unknown, refused);
        assertEquals(unknown, hidden);
        assertEquals("ESCALATED", carolMcp.call("escalate_claim", obj("id", id)).assertSuccess().structured().getString("status"),
                "an underwriter may");
    }

    @Test
    void anApplicationExceptionIsAnErrorResultWithItsMessage() {
        assertEquals("Claim 999999 cannot be withdrawn: it is not open",
                aliceMcp.call("withdraw_claim", obj("id", 999999)).errorText());
    }

    @Test
    void aToolExceptionThroughTheContainerIsAnErrorResultWithItsMessage() {
        assertEquals("Claim 5 lacks a signed form", aliceMcp.call("check_claim", obj("id", 5)).errorText());
    }

    @Test
    void aSystemExceptionIsAGenericErrorAndRollsEverythingBack() throws Exception {
        int handles = SharedDatabase.count("SELECT count(*) FROM legacy.mcp_handle");
        String text = aliceMcp.call("file_claim_then_fail", obj("customer", "Rollback Roberts")).errorText();
        assertEquals("Tool file_claim_then_fail failed. The details are in the server log.", text);
        assertEquals(handles, SharedDatabase.count("SELECT count(*) FROM legacy.mcp_handle"), "the draft's handle was rolled back");
        assertEquals(0, SharedDatabase.count("SELECT count(*) FROM legacy.legacy_customer WHERE name = 'Rollback Roberts'"),
                "the claim's rows were rolled back");
        assertTrue(aliceMcp.call("draft_claim", obj("customer", "Kept Kim", "description", "Flood", "amount", 5)).assertSuccess().structured()
                .getString("result").startsWith("draft_"));
        assertEquals(handles + 1, SharedDatabase.count("SELECT count(*) FROM legacy.mcp_handle"), "a committed handle stays");
    }

    @Test
    void anUnreachableDatabaseUnderneathIsServiceUnavailable() {
        HttpResponse<String> response = alice.send(alice.modern("tools/call", obj("name", "archive_claims", "arguments", obj()), "archive_claims"));
        assertEquals(503, response.statusCode(), response::body);
        assertFalse(response.body().contains("Connection refused"), response::body);
    }

    @Test
    void argumentConstraintsAreCheckedBeforeTheBeanIsCalled() {
        McpClient calls = aliceMcp;
        long before = calls.call("ledger", obj()).assertSuccess().structured().getJsonArray("result").stream().filter(c -> c.toString().contains("openClaim")).count();
        String text = calls.call("open_claim", obj("customer", "", "description", "Hail", "amount", 0)).errorText();
        assertTrue(text.startsWith("Invalid arguments for tool open_claim: "), text);
        assertTrue(text.contains("customer") && text.contains("amount"), text);
        long after = calls.call("ledger", obj()).assertSuccess().structured().getJsonArray("result").stream().filter(c -> c.toString().contains("openClaim")).count();
        assertEquals(before, after, "the bean was not called");
    }

    @Test
    void anEntitysOwnConstraintIsAReadableErrorResult() {
        McpClient calls = aliceMcp;
        long id = open(calls);
        String text = calls.call("add_note", obj("claimId", id, "text", "x".repeat(600))).errorText();
        assertTrue(text.startsWith("Invalid arguments for tool add_note: "), text);
        assertTrue(text.contains("text"), text);
    }
}
