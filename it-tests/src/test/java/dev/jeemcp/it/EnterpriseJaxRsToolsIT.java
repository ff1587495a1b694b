package dev.jeemcp.it;

import static dev.jeemcp.it.infra.JsonRpc.arr;
import static dev.jeemcp.it.infra.JsonRpc.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.mcp.test.McpClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JAX-RS resource's methods are tools like any bean's: called as bean methods (not through HTTP), their
 * {@code @PathParam} and {@code @QueryParam} parameters are plain arguments named as in Java, and the tool answers
 * what the REST endpoint answers, its DTO's JSON-B names, inherited properties and MicroProfile OpenAPI descriptions included.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseJaxRsToolsIT {

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        SharedDatabase.recreateLegacySchema();
        return Deployments.legacyApp();
    }

    @ArquillianResource
    URL base;

    @Test
    void pathAndQueryParametersArePlainArguments() {
        McpClient calls = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        JsonObject get = calls.tools().get("get_claim").getJsonObject("inputSchema");
        assertEquals(arr("id"), get.getJsonArray("required"));
        assertEquals("integer", get.getJsonObject("properties").getJsonObject("id").getString("type"));
        assertEquals(1, get.getJsonObject("properties").size(), get::toString);
        JsonObject search = calls.tools().get("search_claims").getJsonObject("inputSchema").getJsonObject("properties");
        assertEquals(java.util.Set.of("status", "limit"), search.keySet());
        assertEquals(arr("OPEN", "ESCALATED", "APPROVED", "REJECTED"), search.getJsonObject("status").getJsonArray("enum"));
        assertEquals(50, search.getJsonObject("limit").getInt("maximum"));
    }

    @Test
    void theDtosJsonbAndOpenApiAnnotationsShapeTheOutputSchema() {
        McpClient calls = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        JsonObject properties = calls.tools().get("get_claim").getJsonObject("outputSchema").getJsonObject("properties");
        assertEquals(java.util.Set.of("claim_id", "customer", "status", "amount", "description"), properties.keySet(),
                "JSON-B names and the inherited properties");
        assertEquals("The customer's name as on the policy", properties.getJsonObject("customer").getString("description"));
    }

    @Test
    void theToolAnswersWhatTheRestEndpointAnswers() throws Exception {
        McpClient calls = McpClient.endpoint(Deployments.endpoint(base)).as("alice", "alice-secret");
        long id = calls.call("open_claim", obj("customer", "Rest Rita", "description", "Dented car", "amount", 300)).assertSuccess().structured()
                .getJsonNumber("claim_id").longValue();
        JsonObject tool = calls.call("get_claim", obj("id", id)).assertSuccess().structured();
        HttpResponse<String> rest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Deployments.local(base) + "/api/claims/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rest.statusCode(), rest::body);
        assertEquals(dev.jeemcp.it.infra.RawHttp.parse(rest.body()), tool);
        JsonObject found = calls.call("search_claims", obj("status", "OPEN", "limit", 50)).assertSuccess().structured();
        assertEquals(1, found.getJsonArray("result").stream().filter(c -> c.asJsonObject().getJsonNumber("claim_id").longValue() == id).count());
    }
}
