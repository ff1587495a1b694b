package dev.jeemcp.sample;

import static dev.jeemcp.mcp.test.McpJson.arr;
import static dev.jeemcp.mcp.test.McpJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.test.McpClient;
import dev.jeemcp.mcp.test.McpErrorResponse;
import dev.jeemcp.mcp.test.McpTask;
import dev.jeemcp.mcp.test.ToolResult;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample as its users' clients see it, on Payara Micro, through the test kit: every answer is checked against the
 * protocol and every structured result against its tool's output schema, in both protocol eras.
 */
@ExtendWith(ArquillianExtension.class)
class SampleOverMcpIT {

    /** The WAR this module just packaged, as it is deployed by -Prun. */
    @Deployment(testable = false)
    static WebArchive sample() {
        return ShrinkWrap.create(ZipImporter.class, "sample.war").importFrom(new File("target/sample.war")).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private McpClient client;

    @BeforeEach
    void connect() {
        client = McpClient.connect(base);
    }

    private static final JsonObject APPLICANT = obj("age", 42, "smoker", false, "postcode", "1011");

    @Test
    void anonymousCallersSeeTheToolsButNotTheUnderwritersOne() {
        client.tools().assertListed("list_products", "estimate_premium", "start_quote", "get_quote", "bind_policy")
                .assertHidden("approve_discount");
    }

    @Test
    void anEstimateIsStructuredAsItsSchemaSays() {
        JsonObject estimate = client.call("estimate_premium", obj("product", "HOME", "applicant", APPLICANT))
                .assertSuccess().structured();
        assertEquals("HOME", estimate.getString("product"));
        assertEquals("EUR", estimate.getString("currency"));
    }

    @Test
    void badArgumentsAreAnErrorTheModelReads() {
        client.call("check_postcode", obj("postcode", "10")).assertError("postcode");
        client.call("estimate_premium", obj("product", "HOME", "applicant", obj("age", "forty", "smoker", false, "postcode", "1011")))
                .assertError("applicant.age");
    }

    @Test
    void anUnknownToolIsAProtocolError() {
        McpErrorResponse error = assertThrows(McpErrorResponse.class, () -> client.call("no_such_tool", obj()));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
    }

    @Test
    void aQuoteIsStartedUpdatedAndBoundByItsHandle() {
        String quoteId = client.call("start_quote", obj("product", "HOME", "applicant", APPLICANT))
                .assertSuccess().structured().getString("quote_id");
        client.call("update_coverage", obj("quote_id", quoteId,
                "coverage", obj("sumInsured", 250000, "deductible", 500, "extras", arr()))).assertSuccess();
        assertEquals("OPEN", client.call("get_quote", "quote_id", quoteId).assertSuccess().structured().getString("status"));
        client.call("bind_policy", "quote_id", quoteId).assertSuccess();
        client.call("bind_policy", "quote_id", quoteId).assertError("is already bound");
    }

    @Test
    void underwritingRunsAsATaskFollowedToItsResult() {
        String quoteId = client.call("start_quote", obj("product", "HOME", "applicant", APPLICANT))
                .assertSuccess().structured().getString("quote_id");
        ToolResult answer = client.withTasks().call("underwrite_quote", "quote_id", quoteId);
        McpTask task = answer.task();
        JsonObject decision = task.awaitResult(Duration.ofMinutes(2), "underwrite_quote").assertSuccess().structured();
        assertEquals("ACCEPTED", decision.getString("verdict"));
    }

    @Test
    void aLegacyClientGetsTheSameAnswers() {
        McpClient legacy = client.legacy();
        assertTrue(legacy.discover().containsKey("serverInfo"));
        legacy.tools().assertListed("estimate_premium");
        JsonObject estimate = legacy.call("estimate_premium", obj("product", "HOME", "applicant", APPLICANT)).assertSuccess().structured();
        assertFalse(estimate.getJsonArray("factors").isEmpty());
    }
}
