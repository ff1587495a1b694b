package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stage that completes exceptionally is answered exactly as the same exception thrown by a tool that answers at
 * once: the same status, headers and body, in both eras: a protocol error with its code, an unreachable resource 503
 * with {@code Retry-After}, a request for input the {@code input_required} result (or, for a legacy client, the
 * missing capability), anything else a bare 500 "Internal error".
 */
class FailedStageIsAnsweredLikeAThrowTest {

    private static final Map<String, Supplier<RuntimeException>> FAILURES = Map.of(
            "protocol", () -> McpProtocolException.invalidParams("Invalid params: no such quote"),
            "unavailable", McpUnavailableException::new,
            "database_down", () -> new IllegalStateException("commit failed",
                    new SQLException("Connection to db-prod-7.internal:5432 refused", "08001")),
            "bug", () -> new IllegalStateException("db-prod-7.internal said no"),
            "asks", () -> InputRequired.builder().elicit("confirm", "Sure?", Fixtures.json("{\"type\":\"object\"}")).build());

    /** Throws the named failure at once. */
    record Throwing(String name) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw FAILURES.get(name.substring("now_".length())).get();
        }
    }

    private static final Map<String, LaterTool> LATER = Map.of("protocol", new LaterTool("later_protocol"),
            "unavailable", new LaterTool("later_unavailable"), "database_down", new LaterTool("later_database_down"),
            "bug", new LaterTool("later_bug"), "asks", new LaterTool("later_asks"));

    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        java.util.List<Tool> tools = new java.util.ArrayList<>(LATER.values());
        FAILURES.keySet().forEach(failure -> tools.add(new Throwing("now_" + failure)));
        server = new EmbeddedServer(Fixtures.catalog(tools.toArray(Tool[]::new)),
                Fixtures.settings("mcp.requestStateKey", java.util.Base64.getEncoder().encodeToString(new byte[32])));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String modern(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"_meta\":{"
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":"
                + "{\"elicitation\":{}}}}}";
    }

    private static HttpResponse<String> modernCall(String tool, Runnable whileWaiting) throws Exception {
        CompletableFuture<HttpResponse<String>> response = server.client.sendAsync(server.post(modern(tool),
                "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", tool).build(),
                HttpResponse.BodyHandlers.ofString());
        whileWaiting.run();
        return response.get(30, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> legacyCall(String tool, Runnable whileWaiting) throws Exception {
        CompletableFuture<HttpResponse<String>> response = server.client.sendAsync(server.post(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}",
                "MCP-Protocol-Version", "2025-11-25").build(), HttpResponse.BodyHandlers.ofString());
        whileWaiting.run();
        return response.get(30, TimeUnit.SECONDS);
    }

    private static Runnable failLater(String failure) {
        return () -> {
            try {
                LaterTool.failElsewhere(LATER.get(failure).next(), FAILURES.get(failure).get());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The answer without what differs between two answers by design: the sealed state, random and timed. */
    private static String comparable(HttpResponse<String> response) {
        JsonObject body = Fixtures.json(response.body());
        if (body.containsKey("result") && body.getJsonObject("result").containsKey("requestState")) {
            JsonObject result = body.getJsonObject("result");
            body = dev.jeemcp.mcp.servlet.internal.protocol.JsonIo.PROVIDER.createObjectBuilder(body).add("result", dev.jeemcp.mcp.servlet.internal.protocol.JsonIo.PROVIDER.createObjectBuilder(result)
                    .add("requestState", "sealed")).build();
        }
        return response.statusCode() + " " + response.headers().firstValue("Retry-After").orElse("-") + " " + body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"protocol", "unavailable", "database_down", "bug", "asks"})
    void inTheModernEra(String failure) throws Exception {
        String thrown = comparable(modernCall("now_" + failure, () -> { }));
        String failed = comparable(modernCall("later_" + failure, failLater(failure)));
        assertEquals(thrown.replace("now_", "later_"), failed.replace("now_", "later_"));
        assertFalse(failed.contains("db-prod") || failed.contains("Exception"), failed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"protocol", "unavailable", "database_down", "bug", "asks"})
    void inTheLegacyEra(String failure) throws Exception {
        String thrown = comparable(legacyCall("now_" + failure, () -> { }));
        String failed = comparable(legacyCall("later_" + failure, failLater(failure)));
        assertEquals(thrown.replace("now_", "later_"), failed.replace("now_", "later_"));
        assertFalse(failed.contains("db-prod") || failed.contains("Exception"), failed);
    }
}
