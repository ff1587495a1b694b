package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.arr;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.it.audit.AuditRows;
import dev.jeemcp.it.infra.AccessFixtures;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample with the audit sink on (mcp.audit.sink=jpa): each call is a row of MCP_AUDIT in the application's own
 * database, read back here through a tool added for the test. A successful call says SUCCESS; a tool hidden from the
 * caller's roles says REFUSED; a call whose @Transactional work rolled back (an McpToolException) says ERROR_RESULT,
 * never SUCCESS; a task leaves CREATED and COMPLETED.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured("<context-param><param-name>mcp.audit.sink</param-name><param-value>jpa</param-value></context-param>")
                .addClass(AuditRows.class);
    }

    @ArquillianResource
    URL base;

    private RawHttp alice;

    @BeforeEach
    void connect() {
        alice = new RawHttp(Deployments.endpoint(base)).as("alice", "alice-secret");
    }

    private JsonObject call(String tool, JsonObject arguments) {
        return AccessFixtures.result(alice, "tools/call", obj("name", tool, "arguments", arguments), tool);
    }

    private String startQuote() {
        return call("start_quote", obj("product", "HOME", "applicant", obj("age", 42, "smoker", false, "postcode", "1011")))
                .getJsonObject("structuredContent").getString("quote_id");
    }

    private List<String> rows() {
        return call("audit_rows", obj()).getJsonObject("structuredContent").getJsonArray("result").stream()
                .map(value -> ((JsonString) value).getString()).toList();
    }

    @Test
    void aSuccessfulCallIsARow() {
        startQuote();
        assertTrue(rows().contains("TOOL start_quote SUCCESS alice"), () -> rows().toString());
    }

    @Test
    void aToolHiddenFromTheCallersRolesIsARefusal() {
        AccessFixtures.failure(alice, "tools/call", name -> obj("name", name, "arguments", obj("reference", "q", "percent", 5)),
                "approve_discount");
        // Written after the answer, off the request thread, so that a refusal takes no longer than an unknown name.
        Poll.until(Duration.ofSeconds(30), this::rows, rows -> rows.contains("TOOL approve_discount REFUSED alice"),
                "the refusal's row");
    }

    @Test
    void aCallThatRolledBackIsNoSuccess() {
        String quoteId = startQuote();
        call("bind_policy", obj("quote_id", quoteId));
        JsonObject refused = call("update_coverage", obj("quote_id", quoteId, "coverage", obj("sumInsured", 1, "deductible", 0, "extras", arr())));
        assertTrue(refused.getBoolean("isError"), refused::toString);
        List<String> rows = rows();
        assertTrue(rows.contains("TOOL update_coverage ERROR_RESULT alice"), rows::toString);
        assertTrue(rows.stream().noneMatch(row -> row.equals("TOOL update_coverage SUCCESS alice")), rows::toString);
    }

    @Test
    void aTaskLeavesItsTransitions() {
        assumeTrue(Server.current().runsTasks(), "tasks need a ManagedExecutorService");
        String quoteId = startQuote();
        JsonObject task = alice.expect(alice.withTasks("tools/call", obj("name", "underwrite_quote", "arguments", obj("quote_id", quoteId)),
                "underwrite_quote"), 200, null).getJsonObject("result");
        assertEquals("working", task.getString("status"), task::toString);
        Poll.until(Duration.ofSeconds(60), this::rows, rows -> rows.contains("TASK underwrite_quote COMPLETED alice"),
                "the task's COMPLETED row");
        assertTrue(rows().contains("TASK underwrite_quote CREATED alice"), () -> rows().toString());
    }
}
