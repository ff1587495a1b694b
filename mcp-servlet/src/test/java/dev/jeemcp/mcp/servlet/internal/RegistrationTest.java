package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.http.McpServletInitializer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

/** The jar registers the endpoint itself, at /mcp or at the path the application configures, or not at all. */
class RegistrationTest {

    private static int status(String path, String... contextParams) throws Exception {
        return status(path, true, contextParams);
    }

    private static int status(String path, boolean post, String... contextParams) throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("/app", null);
        for (int i = 0; i < contextParams.length; i += 2) {
            context.addParameter(contextParams[i], contextParams[i + 1]);
        }
        context.addServletContainerInitializer(new McpServletInitializer(), null);
        tomcat.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/app" + path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (post) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            tomcat.stop();
            tomcat.destroy();
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
