package dev.jeemcp.it;

import static dev.jeemcp.it.infra.AccessFixtures.failure;
import static dev.jeemcp.it.infra.AccessFixtures.result;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.AccessFixtures;
import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.RawHttp;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handles used in a resource template and a completion land in the tenant of the caller's role, as in a tool: carol
 * (tenant-a) reads and completes the memo her tool call wrote; erin (tenant-b, also an underwriter) gets what a
 * made-up id gets. Before, prompts, resources and completions resolved the tenant without roles.
 */
@ExtendWith(ArquillianExtension.class)
class FeatureTenantIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AccessFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    private static JsonObject completion(RawHttp caller) {
        return result(caller, "completion/complete",
                obj("ref", obj("type", "ref/resource", "uri", "memo://{id}"), "argument", obj("name", "id", "value", "memo_")), null)
                .getJsonObject("completion");
    }

    @Test
    void aMemoIsReadAndCompletedInItsWritersTenantOnly() {
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        RawHttp carol = anonymous.as("carol", "carol-secret");
        RawHttp erin = anonymous.as("erin", "erin-secret");

        JsonObject written = result(carol, "tools/call", obj("name", "write_memo", "arguments", obj("text", "flood zone")), "write_memo");
        assertFalse(written.getBoolean("isError", false), written.toString());
        String id = written.getJsonArray("content").getJsonObject(0).getString("text");

        assertEquals("flood zone", result(carol, "resources/read", obj("uri", "memo://" + id), "memo://" + id)
                .getJsonArray("contents").getJsonObject(0).getString("text"));
        assertTrue(completion(carol).getJsonArray("values").toString().contains(id));

        String madeUp = "memo_" + "M".repeat(22);
        assertEquals(failure(erin, "resources/read", memo -> obj("uri", "memo://" + memo), madeUp),
                failure(erin, "resources/read", memo -> obj("uri", "memo://" + memo), id), "another tenant's memo is a made-up one");
        assertFalse(completion(erin).getJsonArray("values").toString().contains(id));
    }
}
