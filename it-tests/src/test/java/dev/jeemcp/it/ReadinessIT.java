package dev.jeemcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.RawHttp;
import dev.jeemcp.it.infra.Server;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A balancer learns whether an instance is ready with one GET and no credentials, on every server: the library's
 * {@code /mcp-ready}, beside an MCP endpoint that requires a login, answers 200 with check names and states and
 * nothing more. Where the server has MicroProfile Health (Payara, WildFly), its {@code /health/ready} carries the
 * same checks and {@code /health/live} the servlet's, each once (the library registers them in two ways, each found by
 * one of the servers).
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.secured("");
    }

    @ArquillianResource
    URL base;

    private static String tasks() {
        return Server.current().runsTasks() ? ",{\"name\":\"mcp-tasks\",\"status\":\"UP\"}" : "";
    }

    private static HttpResponse<String> get(URI uri) throws java.io.IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessAnswersWithoutCredentialsAndTellsNothingMore() throws Exception {
        RawHttp anonymous = new RawHttp(Deployments.endpoint(base));
        assertEquals(401, anonymous.send(anonymous.post(PING)).statusCode(), "the MCP endpoint itself needs a login");

        // The first answer may be "not ready": on Tomcat the application's persistence unit boots on first use, which
        // takes longer than the database check's bound. A balancer asks again; so does the test.
        URI readiness = URI.create(Deployments.local(base) + "/mcp-ready");
        HttpResponse<String> ready = Poll.until(Duration.ofSeconds(60), () -> get(readiness), answer -> answer.statusCode() == 200,
                "the deployment to say it is ready");

        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"mcp-catalog\",\"status\":\"UP\"},"
                + "{\"name\":\"mcp-database\",\"status\":\"UP\"}" + tasks() + "]}", ready.body());
        assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void microProfileHealthCarriesTheSameChecks() throws Exception {
        Optional<URI> readiness = Server.current().microProfileHealth(base, "ready");
        // Tomcat has no MicroProfile Health; /mcp-ready above is the answer there.
        if (readiness.isEmpty()) {
            return;
        }
        Map<String, String> expected = new TreeMap<>(Map.of("mcp-catalog", "UP", "mcp-database", "UP", "mcp-tasks", "UP"));
        HttpResponse<String> ready = Poll.until(Duration.ofSeconds(60), () -> get(readiness.get()), answer -> answer.statusCode() == 200,
                "MicroProfile Health to say the deployment is ready");
        assertEquals(expected, ours(ready));
        assertEquals(Map.of("mcp-servlet", "UP"), ours(get(Server.current().microProfileHealth(base, "live").orElseThrow())));
    }

    /** Our checks in a MicroProfile Health answer (the server may add its own), by name, each once; none carries data. */
    private static Map<String, String> ours(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> checks = new TreeMap<>();
        for (JsonObject check : RawHttp.parse(response.body()).getJsonArray("checks").getValuesAs(JsonObject.class)) {
            if (check.getString("name").startsWith("mcp-")) {
                // Payara writes an empty "data" for a check that has none; WildFly writes none.
                assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), () -> "no data: " + check);
                String twice = checks.put(check.getString("name"), check.getString("status"));
                assertNull(twice, () -> "listed once: " + response.body());
            }
        }
        return checks;
    }
}
