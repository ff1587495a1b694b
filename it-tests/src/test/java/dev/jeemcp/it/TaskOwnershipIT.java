package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.infra.AccessFixtures;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A task is its owner's: carol shares alice's tenant but not her task, and tasks/get, tasks/update and tasks/cancel
 * with its exact id answer her as for an id that never existed; the same for bob of the other tenant.
 */
@ExtendWith(ArquillianExtension.class)
class TaskOwnershipIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AccessFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    private static String failure(RawHttp caller, String method, String taskId) {
        JsonObject params = method.equals("tasks/update") ? obj("taskId", taskId, "inputResponses", obj()) : obj("taskId", taskId);
        return AccessFixtures.failure(caller, caller.withTasks(method, params, taskId), taskId);
    }

    @Test
    void anotherUserOfTheTenantCannotSeeAnswerOrCancelIt() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        RawHttp alice = anonymous.as("alice", "alice-secret");
        RawHttp carol = anonymous.as("carol", "carol-secret");
        RawHttp bob = anonymous.as("bob", "bob-secret");

        String quoteId = alice.expect(alice.modern("tools/call", obj("name", "start_quote", "arguments", obj("product", "HOME",
                "applicant", obj("age", 42, "smoker", false, "postcode", "1011"))), "start_quote"), 200, null)
                .getJsonObject("result").getJsonObject("structuredContent").getString("quote_id");
        String taskId = alice.expect(alice.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote"), 200, null).getJsonObject("result").getString("taskId");
        String madeUp = "task_" + "T".repeat(22);

        for (RawHttp other : new RawHttp[] {carol, bob}) {
            for (String method : new String[] {"tasks/get", "tasks/update", "tasks/cancel"}) {
                assertEquals(failure(other, method, madeUp), failure(other, method, taskId), method);
            }
        }
        JsonObject task = alice.expect(alice.withTasks("tasks/get", obj("taskId", taskId), taskId), 200, null).getJsonObject("result");
        assertEquals(taskId, task.getString("taskId"));
        assertEquals(false, task.getString("status").equals("cancelled"), "nothing carol or bob did changed it");
    }
}
