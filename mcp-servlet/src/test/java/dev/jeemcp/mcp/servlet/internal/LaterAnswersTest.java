package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tool that answers later is answered when its stage completes, on whichever thread completes it: as plain JSON,
 * the same in both eras as a call answered at once, or as the last event of the stream a client that wants
 * notifications gets. The time bounds only keep a broken test from hanging.
 */
class LaterAnswersTest {

    private static final JsonObject RESULT = Fixtures.json("{\"content\":[{\"type\":\"text\",\"text\":\"quoted\"}],\"isError\":false}");
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
    private static final String[] MODERN = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "quote"};

    private static LaterTool tool;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        tool = new LaterTool("quote");
        server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.streamKeepAliveMs", "20"));
    }

    @AfterAll
    static void stop() throws Exception {
        tool.all.forEach(stage -> stage.complete(RESULT));
        server.close();
    }

    private static CompletableFuture<HttpResponse<String>> send(String body, String... headers) {
        return server.client.sendAsync(server.post(body, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject answered(CompletableFuture<HttpResponse<String>> response) throws Exception {
        HttpResponse<String> done = response.get(30, TimeUnit.SECONDS);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), done.headers().toString());
        return Fixtures.json(done.body());
    }

    @Test
    void aStageCompletedOnAnotherThreadIsTheAnswer() throws Exception {
        var response = send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"quote\"," + META + "}}", MODERN);
        LaterTool.completeElsewhere(tool.next(), () -> RESULT);
        JsonObject answer = answered(response);
        assertEquals(3, answer.getInt("id"));
        assertEquals("quoted", answer.getJsonObject("result").getJsonArray("content").getJsonObject(0).getString("text"));
        assertEquals("complete", answer.getJsonObject("result").getString("resultType"));
    }

    @Test
    void aLegacyClientGetsTheSameResult() throws Exception {
        var response = send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"quote\"}}",
                "MCP-Protocol-Version", "2025-11-25");
        LaterTool.completeElsewhere(tool.next(), () -> RESULT);
        assertEquals(RESULT, answered(response).getJsonObject("result"));
    }

    @Test
    void aStageCompleteAtOnceIsAnsweredAtOnce() throws Exception {
        LaterTool done = new LaterTool("done") {
            @Override
            public java.util.concurrent.CompletionStage<JsonObject> callLater(JsonObject arguments, dev.jeemcp.mcp.McpRequest request) {
                return CompletableFuture.completedFuture(RESULT);
            }
        };
        try (var other = new EmbeddedServer(Fixtures.catalog(done), Fixtures.settings())) {
            HttpResponse<String> response = other.send(other.post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"done\"}}"));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(RESULT, Fixtures.json(response.body()).getJsonObject("result"));
        }
    }

    @Test
    void behindAFilterWithoutAsyncSupportTheRequestsThreadWaits() throws Exception {
        LaterTool waiting = new LaterTool("quote");
        try (var other = new EmbeddedServer(Fixtures.catalog(waiting), Fixtures.settings(), context -> {
            var filter = new org.apache.tomcat.util.descriptor.web.FilterDef();
            filter.setFilterName("legacy");
            filter.setAsyncSupported("false");
            filter.setFilter(new jakarta.servlet.http.HttpFilter() {
                private static final long serialVersionUID = 1L;
            });
            context.addFilterDef(filter);
            var everything = new org.apache.tomcat.util.descriptor.web.FilterMap();
            everything.setFilterName("legacy");
            everything.addURLPattern("/*");
            context.addFilterMap(everything);
        })) {
            var response = other.client.sendAsync(other.post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"quote\"}}").build(), HttpResponse.BodyHandlers.ofString());
            LaterTool.completeElsewhere(waiting.next(), () -> RESULT);
            assertEquals(RESULT, answered(response).getJsonObject("result"));
        }
    }

    @Test
    void onAnEventStreamTheStageEndsTheStream() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"quote\","
                + "\"_meta\":{\"progressToken\":\"p1\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        HttpResponse<InputStream> response = server.client.send(server.post(body, MODERN).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(": keep-alive", lines.readLine()); // the stream is open while the stage is pending
            LaterTool.completeElsewhere(tool.next(), () -> RESULT);
            String last = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("data: ")) {
                    last = line.substring("data: ".length());
                }
            }
            JsonObject answer = Fixtures.json(last);
            assertEquals(5, answer.getInt("id"));
            assertFalse(answer.getJsonObject("result").getBoolean("isError"));
            assertEquals("complete", answer.getJsonObject("result").getString("resultType"));
        }
    }
}
