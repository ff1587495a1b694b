package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.arr;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two tenants (roles tenant-a and tenant-b), two users in each (alice and carol, bob and erin), and callers in no
 * tenant: anonymous ones (let through to the library, which refuses them state), a user named like tenant A's role,
 * and a user named {@code anonymous}. Each tries every handle and task path with the others' ids: another tenant's
 * id answers exactly like a made-up one, a caller without a tenant gets a clear error, and nothing they did sticks.
 */
@ExtendWith(ArquillianExtension.class)
class TenantAttackIT {

    private static final String NO_TENANT = "The caller belongs to no tenant: it has none of the tenant roles";
    private static final String ANONYMOUS = "Anonymous callers keep no state here: authenticate to use this";
    private static final JsonObject APPLICANT = obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.loginOptional(
                "<context-param><param-name>mcp.tenantRoles</param-name><param-value>tenant-a,tenant-b</param-value></context-param>");
    }

    @ArquillianResource
    URL base;

    private RawHttp nobody;
    private Map<String, RawHttp> tenantA;
    private Map<String, RawHttp> tenantB;
    /** Authenticated, but in no tenant: their names are a tenant role's and the anonymous tenant's. */
    private Map<String, RawHttp> tenantless;

    @BeforeEach
    void connect() {
        nobody = new RawHttp(Deployments.endpoint(base));
        tenantA = Map.of("alice", nobody.as("alice", "alice-secret"), "carol", nobody.as("carol", "carol-secret"));
        tenantB = Map.of("bob", nobody.as("bob", "bob-secret"), "erin", nobody.as("erin", "erin-secret"));
        Map<String, RawHttp> named = Map.of("tenant-a", nobody.as("tenant-a", "tenant-a-secret"),
                "anonymous", nobody.as("anonymous", "anonymous-secret"));
        // WildFly answers 401 for one of these names even though add-user.sh created it (in the full run of
        // 2026-12-01; Elytron has an identity of its own called "anonymous"): a user the container will not
        // authenticate cannot attack through its name, so it is left out there, and only there.
        tenantless = new java.util.HashMap<>(named);
        if (Server.current() == Server.WILDFLY) {
            tenantless.entrySet().removeIf(user -> user.getValue().send(user.getValue().modern("tools/list", obj(), null))
                    .statusCode() == 401);
        }
        assertTrue(!tenantless.isEmpty(), "at least one user named like a tenant logs in");
    }

    @Test
    void handlesAnswerOtherTenantsLikeUnknownIdsAndCallersWithoutATenantWithAClearError() {
        String quoteA = startQuote(tenantA.get("alice"));
        String quoteB = startQuote(tenantB.get("bob"));
        String madeUp = "quote_" + "Q".repeat(22);
        String notFound = text(call(tenantA.get("alice"), "get_quote", quote(madeUp))).replace(madeUp, "ID");

        tenantB.forEach((name, caller) -> assertEveryPathAnswers(name, caller, quoteA, notFound));
        tenantA.forEach((name, caller) -> assertEveryPathAnswers(name, caller, quoteB, notFound));
        for (String id : List.of(quoteA, quoteB)) {
            tenantless.forEach((name, caller) -> assertEveryPathAnswers(name, caller, id, NO_TENANT));
            assertEveryPathAnswers("an anonymous caller", nobody, id, ANONYMOUS);
        }
        tenantless.forEach((name, caller) -> assertEquals(NO_TENANT, text(call(caller, "start_quote", APPLICANT))));
        assertEquals(ANONYMOUS, text(call(nobody, "start_quote", APPLICANT)));
        assertEquals(ANONYMOUS, text(call(nobody, "list_quotes", obj())));

        assertFalse(call(tenantA.get("carol"), "get_quote", quote(quoteA)).getBoolean("isError"), "carol shares tenant A");
        assertFalse(call(tenantB.get("erin"), "get_quote", quote(quoteB)).getBoolean("isError"), "erin shares tenant B");
        for (String id : List.of(quoteA, quoteB)) {
            RawHttp owner = id.equals(quoteA) ? tenantA.get("alice") : tenantB.get("bob");
            JsonObject quote = call(owner, "get_quote", quote(id)).getJsonObject("structuredContent");
            assertEquals("OPEN", quote.getString("status"), "nobody else bound it");
            assertEquals(216.0, quote.getJsonNumber("yearlyPremium").doubleValue(), "nobody else changed its cover");
        }
    }

    @Test
    void tasksAnswerOtherTenantsAndCallersWithoutATenantLikeUnknownIds() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        RawHttp alice = tenantA.get("alice");
        String quoteA = startQuote(alice);
        String taskId = alice.expect(alice.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", quote(quoteA)),
                "underwrite_quote"), 200, null).getJsonObject("result").getString("taskId");
        String madeUp = "task_" + "T".repeat(22);
        String unknown = taskError(alice, "tasks/get", madeUp).replace(madeUp, "ID");

        Map<String, RawHttp> others = new java.util.HashMap<>(tenantB);
        others.putAll(tenantless);
        others.put("an anonymous caller", nobody);
        others.forEach((name, caller) -> {
            for (String method : List.of("tasks/get", "tasks/update", "tasks/cancel")) {
                assertEquals(unknown, taskError(caller, method, taskId).replace(taskId, "ID"), name + " " + method);
            }
        });
        // A NoTenantException is a tool exception: the isError result a direct call gives, not a JSON-RPC error.
        JsonObject refused = nobody.expect(nobody.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", quote(quoteA)),
                "underwrite_quote"), 200, null).getJsonObject("result");
        assertTrue(refused.getBoolean("isError"), refused.toString());
        assertEquals("Tool underwrite_quote runs as a task, and tasks are kept per tenant: " + ANONYMOUS, text(refused));

        // A task is its owner's (TaskOwnershipIT): carol shares tenant A, not alice's task.
        RawHttp carol = tenantA.get("carol");
        for (String method : List.of("tasks/get", "tasks/update", "tasks/cancel")) {
            assertEquals(unknown, taskError(carol, method, taskId).replace(taskId, "ID"), "carol " + method);
        }
        assertFalse(alice.expect(alice.withTasks("tasks/get", obj("taskId", taskId), taskId), 200, null)
                .getJsonObject("result").getString("status").equals("cancelled"), "nobody else cancelled it");
    }

    /** get, update, bind and list with another's id: each an error result with exactly that text. */
    private static void assertEveryPathAnswers(String who, RawHttp caller, String id, String expected) {
        for (Map.Entry<String, JsonObject> attempt : List.of(
                Map.entry("get_quote", quote(id)),
                Map.entry("update_coverage", obj("quote_id", id, "coverage", obj("sumInsured", 1, "deductible", 0, "extras", arr()))),
                Map.entry("bind_policy", quote(id)))) {
            JsonObject result = call(caller, attempt.getKey(), attempt.getValue());
            assertTrue(result.getBoolean("isError"), who + " " + attempt.getKey() + ": " + result);
            assertEquals(expected, text(result).replace(id, "ID"), who + " " + attempt.getKey());
        }
        assertFalse(call(caller, "list_quotes", obj()).toString().contains(id), who + " list_quotes");
    }

    private static String startQuote(RawHttp caller) {
        return call(caller, "start_quote", APPLICANT).getJsonObject("structuredContent").getString("quote_id");
    }

    private static JsonObject quote(String id) {
        return obj("quote_id", id);
    }

    private static JsonObject call(RawHttp caller, String tool, JsonObject arguments) {
        return caller.expect(caller.modern("tools/call", obj("name", tool, "arguments", arguments), tool), 200, null)
                .getJsonObject("result");
    }

    private static String text(JsonObject result) {
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    private static String taskError(RawHttp caller, String method, String taskId) {
        JsonObject params = method.equals("tasks/update") ? obj("taskId", taskId, "inputResponses", obj()) : obj("taskId", taskId);
        return caller.expect(caller.withTasks(method, params, taskId), 200, McpErrorCodes.INVALID_PARAMS).getJsonObject("error").getString("message");
    }
}
