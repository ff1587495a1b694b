package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The jar registers the endpoint itself, at /mcp or at the path the application configures, or not at all. */
class RegistrationTest {

    private static int status(String path, String... contextParams) throws Exception {
        return status(path, true, contextParams);
    }

    private static int status(String path, boolean post, String... contextParams) throws Exception {
        try (RegisteredApp app = RegisteredApp.withParameters(contextParams)) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base + path));
            if (post) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theEndpointIsAtMcpByDefault() throws Exception {
        assertEquals(200, status("/mcp"));
    }

    @Test
    void thePathCanBeChanged() throws Exception {
        assertEquals(200, status("/agents/mcp", "mcp.path", "/agents/mcp"));
        assertEquals(404, status("/mcp", "mcp.path", "/agents/mcp"));
    }

    @Test
    void itCanBeSwitchedOff() throws Exception {
        assertEquals(404, status("/mcp", "mcp.enabled", "false"));
        assertEquals(404, status("/mcp-ready", false, "mcp.enabled", "false"));
    }

    @Test
    void theReadinessEndpointIsBesideItAndNotReadyWithoutACatalog() throws Exception {
        // No CDI and no ServiceLoader catalog here: the endpoint serves nothing, so it is not ready.
        assertEquals(503, status("/mcp-ready", false));
        assertEquals(503, status("/mcp-ready", false, "mcp.path", "/agents/mcp"));
    }
}
