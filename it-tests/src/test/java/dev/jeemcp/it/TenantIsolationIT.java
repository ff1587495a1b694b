package dev.jeemcp.it;

import static dev.jeemcp.mcp.test.McpAssertions.assertHandleNotVisible;
import static dev.jeemcp.mcp.test.McpAssertions.assertTaskNotVisible;
import static dev.jeemcp.mcp.test.McpJson.arr;
import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.test.McpClient;
import dev.jeemcp.mcp.test.McpErrorResponse;
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
 * use the quote, but not alice's task, which is alice's alone. Through the test kit, as an application's own tenant
 * tests would be written.
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

    private McpClient alice;
    private McpClient bob;
    private McpClient carol;

    @BeforeEach
    void connect() {
        McpClient anonymous = McpClient.endpoint(Deployments.endpoint(base));
        alice = anonymous.as("alice", "alice-secret");
        bob = anonymous.as("bob", "bob-secret");
        carol = anonymous.as("carol", "carol-secret");
    }

    private static final JsonObject APPLICANT = obj("age", 42, "smoker", false, "postcode", "1011");

    private String startQuote(McpClient caller) {
        return caller.call("start_quote", obj("product", "HOME", "applicant", APPLICANT)).assertSuccess().structured().getString("quote_id");
    }

    @Test
    void anotherTenantCannotTouchAQuoteEvenWithItsId() {
        String quoteId = startQuote(alice);

        assertHandleNotVisible(alice, bob, "get_quote", "quote_id", quoteId);
        assertFalse(bob.call("list_quotes", obj()).json().toString().contains(quoteId));

        // Nothing the client sends picks the tenant: headers naming alice's tenant change nothing for bob.
        assertTrue(bob.withHeader("X-Tenant", "tenant-a").withHeader("Mcp-Tenant", "tenant-a")
                .call("get_quote", "quote_id", quoteId).isError(), "a tenant header is ignored");

        carol.call("get_quote", "quote_id", quoteId).assertSuccess();
        assertEquals("OPEN", alice.call("get_quote", "quote_id", quoteId).assertSuccess().structured().getString("status"),
                "bob's attempts changed nothing");

        // The owner's own call runs last in each assertion: these change alice's quote, so they come after the check above.
        assertHandleNotVisible(alice, bob, "update_coverage", obj("coverage", obj("sumInsured", 1, "deductible", 0, "extras", arr())),
                "quote_id", quoteId);
        assertHandleNotVisible(alice, bob, "bind_policy", "quote_id", startQuote(alice));
    }

    @Test
    void anotherTenantCannotSeeOrCancelATaskEvenWithItsId() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        String quoteId = startQuote(alice);
        String taskId = alice.withTasks().call("underwrite_quote", "quote_id", quoteId).task().id();

        assertTaskNotVisible(bob.withTasks(), taskId);
        assertTaskNotVisible(carol.withTasks(), taskId); // tasks are their owner's (TaskOwnershipIT), not the tenant's
        String madeUp = taskId.substring(0, taskId.length() - 4) + "QQQQ";
        McpErrorResponse unknown = assertThrows(McpErrorResponse.class, () -> bob.withTasks().task(madeUp).cancel());
        McpErrorResponse cancel = assertThrows(McpErrorResponse.class, () -> bob.withTasks().task(taskId).cancel());
        assertEquals(McpErrorCodes.INVALID_PARAMS, cancel.code());
        assertEquals(unknown.errorMessage().replace(madeUp, "ID"), cancel.errorMessage().replace(taskId, "ID"),
                "tasks/cancel answers as for an id that never existed");
        assertEquals(taskId, alice.withTasks().task(taskId).refresh().id());
        assertNotEquals("cancelled", alice.withTasks().task(taskId).refresh().status(), "bob's cancel changed nothing");
    }
}
