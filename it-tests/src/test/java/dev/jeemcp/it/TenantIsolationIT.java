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
 * Tenants come from container roles (tenant-a, tenant-b): bob of tenant B cannot read, update or bind a quote of
 * alice's tenant A even with its exact id, and gets the very answer a made-up id gets; carol, also of tenant A, can
 * use the quote, but not alice's task, which is alice's alone.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured(
                "<context-param><param-name>mcp.tenantRoles</param-name><param-value>tenant-a,tenant-b</param-value></context-param>");
    }

    @ArquillianResource
    URL base;

    private RawHttp alice;
    private RawHttp bob;
    private RawHttp carol;

    @BeforeEach
    void connect() {
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        alice = anonymous.as("alice", "alice-secret");
        bob = anonymous.as("bob", "bob-secret");
        carol = anonymous.as("carol", "carol-secret");
    }

    private static JsonObject call(RawHttp caller, String tool, JsonObject arguments) {
        return caller.expect(caller.modern("tools/call", obj("name", tool, "arguments", arguments), tool), 200, null)
                .getJsonObject("result");
    }

    private static String text(JsonObject result) {
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void anotherTenantCannotTouchAQuoteEvenWithItsId() {
        String quoteId = call(alice, "start_quote", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011")))
                .getJsonObject("structuredContent").getString("quote_id");
        String madeUp = "quote_" + "Q".repeat(22);
        String notFound = text(call(bob, "get_quote", obj("quote_id", madeUp))).replace(madeUp, "ID");

        for (Map.Entry<String, JsonObject> attempt : List.of(
                Map.entry("get_quote", obj("quote_id", quoteId)),
                Map.entry("update_coverage", obj("quote_id", quoteId, "coverage", obj("sumInsured", 1, "deductible", 0, "extras", arr()))),
                Map.entry("bind_policy", obj("quote_id", quoteId)))) {
            JsonObject result = call(bob, attempt.getKey(), attempt.getValue());
            assertTrue(result.getBoolean("isError"), attempt.getKey());
            assertEquals(notFound, text(result).replace(quoteId, "ID"), attempt.getKey() + " answers as for an id that never existed");
        }
        assertFalse(call(bob, "list_quotes", obj()).toString().contains(quoteId));

        // Nothing the client sends picks the tenant: headers naming alice's tenant change nothing for bob.
        JsonObject spoofed = bob.expect(bob.modern("tools/call", obj("name", "get_quote", "arguments", obj("quote_id", quoteId)),
                "get_quote").header("X-Tenant", "tenant-a").header("Mcp-Tenant", "tenant-a"), 200, null).getJsonObject("result");
        assertTrue(spoofed.getBoolean("isError"), "a tenant header is ignored");

        JsonObject sameTenant = call(carol, "get_quote", obj("quote_id", quoteId));
        assertFalse(sameTenant.getBoolean("isError"), "carol shares tenant A");
        assertEquals("OPEN", call(alice, "get_quote", obj("quote_id", quoteId)).getJsonObject("structuredContent").getString("status"),
                "bob's attempts changed nothing");
    }

    @Test
    void anotherTenantCannotSeeOrCancelATaskEvenWithItsId() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        String quoteId = call(alice, "start_quote", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011")))
                .getJsonObject("structuredContent").getString("quote_id");
        JsonObject task = alice.expect(alice.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote"), 200, null).getJsonObject("result");
        String taskId = task.getString("taskId");
        String madeUp = "task_" + "T".repeat(22);

        String unknown = taskError(bob, "tasks/get", madeUp).replace(madeUp, "ID");
        assertEquals(unknown, taskError(bob, "tasks/get", taskId).replace(taskId, "ID"), "answers as for an id that never existed");
        assertEquals(unknown, taskError(bob, "tasks/cancel", taskId).replace(taskId, "ID"));

        // Tasks are their owner's (TaskOwnershipIT): carol shares tenant A, not alice's task.
        assertEquals(taskError(carol, "tasks/get", madeUp).replace(madeUp, "ID"), taskError(carol, "tasks/get", taskId).replace(taskId, "ID"));
        assertEquals(taskId, taskGet(alice, taskId).getString("taskId"));
        assertFalse(taskGet(alice, taskId).getString("status").equals("cancelled"), "bob's cancel changed nothing");
    }

    private static JsonObject taskGet(RawHttp caller, String taskId) {
        return caller.expect(caller.withTasks("tasks/get", obj("taskId", taskId), taskId), 200, null).getJsonObject("result");
    }

    private static String taskError(RawHttp caller, String method, String taskId) {
        return caller.expect(caller.withTasks(method, obj("taskId", taskId), taskId), 200, McpErrorCodes.INVALID_PARAMS)
                .getJsonObject("error").getString("message");
    }
}
