package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's redirect to its trailing slash goes to the application's own path, built from its context path and
 * servlet path, never from the request URI as the client wrote it: {@code //evil.example/..;/app/mcp/console} names
 * this application to the container, but copied into {@code Location} it would be a link to another host. For the
 * same reason the page's script calls the endpoint at its own origin, whatever slashes its path starts with.
 */
class ConsoleStaysOnItsOwnHostTest {

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("X-Test-Caller", "olga roles=operator").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRedirectIsTheApplicationsOwnPath() throws Exception {
        try (RegisteredApp app = new RegisteredApp(context -> {
            RegisteredApp.addParameters(context, "mcp.console.enabled", "true", "mcp.console.role", "operator");
            TestIdentityFilter.install(context);
        })) {
            String server = "http://127.0.0.1:" + app.base.getPort();
            for (String path : new String[] {"/app/mcp/console", "//evil.example/..;/app/mcp/console",
                "/evil.example/..;/app/mcp/console", "/app/./mcp/console"}) {
                HttpResponse<String> response = get(URI.create(server + path));
                assertEquals(302, response.statusCode(), path);
                assertEquals("/app/mcp/console/", URI.create(response.headers().firstValue("Location").orElseThrow())
                        .getRawPath(), path);
                URI location = URI.create(server + path).resolve(response.headers().firstValue("Location").orElseThrow());
                assertEquals(app.base.getAuthority(), location.getAuthority(), path);
            }
        }
    }

    @Test
    void theScriptCallsItsOwnOrigin() throws Exception {
        List<String> fetched = ConsoleScript.run("//evil.example/..;/app/mcp/console/", "[]").getJsonArray("fetched")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(fetched.contains("http://app.example:8080/evil.example/..;/app/mcp"), fetched.toString());
        assertTrue(fetched.stream().allMatch(url -> url.startsWith("http://app.example:8080/") || url.startsWith("rows?")),
                fetched.toString());
    }
}
