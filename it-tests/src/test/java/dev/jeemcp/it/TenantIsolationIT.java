package dev.jeemcp.it;

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

    private static JsonObject call(RawHttp caller, String tool, String arguments) {
        return caller.expect(caller.modern("tools/call", "\"name\":\"" + tool + "\",\"arguments\":" + arguments, tool), 200, null)
                .getJsonObject("result");
    }

    private static String text(JsonObject result) {
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    @Test
    void anotherTenantCannotTouchAQuoteEvenWithItsId() {
        String quoteId = call(alice, "start_quote", "{\"product\":\"HOME\",\"applicant\":{\"age\":42,\"smoker\":false,\"postcode\":\"1011\"}}")
                .getJsonObject("structuredContent").getString("quote_id");
        String madeUp = "quote_" + "Q".repeat(22);
        String notFound = text(call(bob, "get_quote", "{\"quote_id\":\"" + madeUp + "\"}")).replace(madeUp, "ID");

        for (String[] attempt : new String[][] {
            {"get_quote", "{\"quote_id\":\"" + quoteId + "\"}"},
            {"update_coverage", "{\"quote_id\":\"" + quoteId + "\",\"coverage\":{\"sumInsured\":1,\"deductible\":0,\"extras\":[]}}"},
            {"bind_policy", "{\"quote_id\":\"" + quoteId + "\"}"}}) {
            JsonObject result = call(bob, attempt[0], attempt[1]);
            assertTrue(result.getBoolean("isError"), attempt[0]);
            assertEquals(notFound, text(result).replace(quoteId, "ID"), attempt[0] + " answers as for an id that never existed");
        }
        assertFalse(call(bob, "list_quotes", "{}").toString().contains(quoteId));

        // Nothing the client sends picks the tenant: headers naming alice's tenant change nothing for bob.
        JsonObject spoofed = bob.expect(bob.modern("tools/call", "\"name\":\"get_quote\",\"arguments\":{\"quote_id\":\"" + quoteId + "\"}",
                "get_quote").header("X-Tenant", "tenant-a").header("Mcp-Tenant", "tenant-a"), 200, null).getJsonObject("result");
        assertTrue(spoofed.getBoolean("isError"), "a tenant header is ignored");

        JsonObject sameTenant = call(carol, "get_quote", "{\"quote_id\":\"" + quoteId + "\"}");
        assertFalse(sameTenant.getBoolean("isError"), "carol shares tenant A");
        assertEquals("OPEN", call(alice, "get_quote", "{\"quote_id\":\"" + quoteId + "\"}").getJsonObject("structuredContent").getString("status"),
                "bob's attempts changed nothing");
    }

    @Test
    void anotherTenantCannotSeeOrCancelATaskEvenWithItsId() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        String quoteId = call(alice, "start_quote", "{\"product\":\"HOME\",\"applicant\":{\"age\":42,\"smoker\":false,\"postcode\":\"1011\"}}")
                .getJsonObject("structuredContent").getString("quote_id");
        JsonObject task = alice.expect(alice.withTasks("tools/call", "\"name\":\"underwrite_quote\",\"arguments\":{\"quote_id\":\""
                + quoteId + "\"}", "underwrite_quote"), 200, null).getJsonObject("result");
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
        return caller.expect(caller.withTasks("tasks/get", "\"taskId\":\"" + taskId + "\"", taskId), 200, null).getJsonObject("result");
    }

    private static String taskError(RawHttp caller, String method, String taskId) {
        return caller.expect(caller.withTasks(method, "\"taskId\":\"" + taskId + "\"", taskId), 200, McpErrorCodes.INVALID_PARAMS)
                .getJsonObject("error").getString("message");
    }
}
