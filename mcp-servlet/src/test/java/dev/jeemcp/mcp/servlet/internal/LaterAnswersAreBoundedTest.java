package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;

/**
 * A call waiting for its stage is bounded: after {@code mcp.asyncTimeoutMs} the stage is cancelled and the client
 * gets {@code -32603} "Request timed out", as from a stream that outlives its maximum, on plain JSON and on an event
 * stream, in both eras; and waiting calls count against {@code mcp.maxConcurrentStreams}, beyond which one more is
 * refused with 503. The time bounds only keep a broken test from hanging.
 */
class LaterAnswersAreBoundedTest {

    private static final String[] MODERN = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "quote"};

    private static String modern(String meta) {
        return "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"quote\",\"_meta\":{" + meta
                + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    }

    private static final String LEGACY = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"quote\"}}";

    /** Waits until the stage completed, whatever the outcome: its cancellation comes just after the answer. */
    private static void awaitEnd(CompletableFuture<JsonObject> stage) throws Exception {
        stage.handle((value, failure) -> null).get(30, TimeUnit.SECONDS);
    }

    private static void assertTimedOut(String answer) {
        JsonObject error = Fixtures.json(answer).getJsonObject("error");
        assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"), answer);
        assertTrue(error.getString("message").startsWith("Request timed out"), answer);
        assertEquals(9, Fixtures.json(answer).getInt("id"));
    }

    @Test
    void aStageThatOutlivesTheTimeoutIsCancelledAndTheRequestTimesOut() throws Exception {
        LaterTool tool = new LaterTool("quote");
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.asyncTimeoutMs", "300"))) {
            for (var request : java.util.List.of(server.post(modern(""), MODERN), server.post(LEGACY, "MCP-Protocol-Version", "2025-11-25"))) {
                HttpResponse<String> response = server.send(request);
                assertEquals(500, response.statusCode(), response.body());
                assertTimedOut(response.body());
                CompletableFuture<JsonObject> stage = tool.next();
                awaitEnd(stage);
                assertTrue(stage.isCancelled());
            }
        }
    }

    @Test
    void onAnEventStreamTheTimeoutEndsTheStreamAndCancelsTheStage() throws Exception {
        LaterTool tool = new LaterTool("quote");
        try (var server = new EmbeddedServer(Fixtures.catalog(tool),
                Fixtures.settings("mcp.asyncTimeoutMs", "300", "mcp.streamKeepAliveMs", "20"))) {
            HttpResponse<String> response = server.send(server.post(modern("\"progressToken\":\"p1\","), MODERN));
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            String body = response.body();
            assertTimedOut(body.substring(body.lastIndexOf("data: ") + "data: ".length()).strip());
            CompletableFuture<JsonObject> stage = tool.next();
            awaitEnd(stage);
            assertTrue(stage.isCancelled());
        }
    }

    /** Counts requests the servlet left in async mode: only then has a waiting call taken its slot. */
    private static void watchAsync(Context context, Semaphore wentAsync) {
        FilterDef watch = new FilterDef();
        watch.setFilterName("watch");
        watch.setAsyncSupported("true");
        watch.setFilter(new HttpFilter() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                chain.doFilter(request, response);
                if (request.isAsyncStarted()) {
                    wentAsync.release();
                }
            }
        });
        context.addFilterDef(watch);
        FilterMap everything = new FilterMap();
        everything.setFilterName("watch");
        everything.addURLPattern("/*");
        context.addFilterMap(everything);
    }

    @Test
    void beyondTheConcurrentMaximumAWaitingCallIsRefusedWith503() throws Exception {
        LaterTool tool = new LaterTool("quote");
        Semaphore wentAsync = new Semaphore(0);
        try (var server = new EmbeddedServer(Fixtures.catalog(tool), Fixtures.settings("mcp.maxConcurrentStreams", "1"),
                context -> watchAsync(context, wentAsync))) {
            var first = server.client.sendAsync(server.post(LEGACY).build(), HttpResponse.BodyHandlers.ofString());
            CompletableFuture<JsonObject> waiting = tool.next();
            assertTrue(wentAsync.tryAcquire(30, TimeUnit.SECONDS), "the first call waits, holding the only slot");
            HttpResponse<String> second = server.send(server.post(LEGACY));
            assertEquals(503, second.statusCode(), second.body());
            assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(tool.next().isCancelled(), "the refused call's stage is cancelled");
            waiting.complete(Fixtures.json("{\"content\":[],\"isError\":false}"));
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
            // The slot is free again once the first answer went out.
            var third = server.client.sendAsync(server.post(LEGACY).build(), HttpResponse.BodyHandlers.ofString());
            tool.next().complete(Fixtures.json("{\"content\":[],\"isError\":false}"));
            assertEquals(200, third.get(30, TimeUnit.SECONDS).statusCode());
        }
    }
}
