package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "How requests are answered" table, row by row: {@code docs/reference/answers.tsv} holds the page's table with a
 * case name per row, and each case is sent here to the servlet on Tomcat and its answer checked against the row's
 * status, headers, code and data. The raw-HTTP integration test does the same on the application servers.
 */
class AnswersTableTest {

    /** Rows whose behaviour is the CDI module's: a fake catalog here would only echo the expected answer. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "schema-violation", "RawHttpIT, from this table",
            "bean-validation", "RawHttpIT, from this table",
            "tool-throws", "mcp-cdi ToolResultsTest and UnwritableResultTest",
            "feature-refuses", "mcp-cdi PromptsAndResourcesTest",
            "feature-throws", "mcp-cdi PromptsAndResourcesTest");

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private static final String STREAMED = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"quiet\","
            + "\"_meta\":{\"progressToken\":\"p1\",\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    private static final String[] STREAMED_HEADERS = {"MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "quiet"};

    /** Fails with the given exception. */
    record FailingTool(String name, Supplier<RuntimeException> failure) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            throw failure.get();
        }
    }

    private static EmbeddedServer server;
    private static EmbeddedServer streaming;
    private static EventStreamLimitsTest.QuietTool quiet;
    /** With a store for the answers of 2025-era clients. */
    private static EmbeddedServer asking;
    /** Lets a caller have one request open: a tool asking two questions at once is refused. */
    private static EmbeddedServer crowded;
    private static EmbeddedServer tooLarge;

    @BeforeAll
    static void start() {
        server = new EmbeddedServer(Fixtures.catalog(
                new FailingTool("broken", () -> new IllegalStateException("connection to db-prod-7.internal refused")),
                new FailingTool("database_down", () -> new IllegalStateException("commit failed",
                        new SQLException("Connection to db-prod-7.internal:5432 refused", "08001"))),
                new FailingTool("asks", () -> InputRequired.builder()
                        .elicit("confirm", "Sure?", Fixtures.json("{\"type\":\"object\"}")).build()),
                new FailingTool("limited", () -> new McpRateLimitedException(2500)),
                new LaterTool("never")),
                Fixtures.settings("mcp.maxRequestBytes", "1000", "mcp.asyncTimeoutMs", "300"));
        asking = LegacyInputFixture.instance(LegacyInputFixture.catalog(new LegacyInputFixture.SharedAnswers(),
                new LegacyInputFixture.ConfirmingTool()), "mcp.input.maxAnswerBytes", "1000");
        // Alice has a request open already (on another instance, as far as this one knows): the store refuses a second.
        LegacyInputFixture.SharedAnswers busy = new LegacyInputFixture.SharedAnswers();
        busy.rows.put("jeemcp-in-open", new LegacyInputFixture.SharedAnswers.Row("alice", java.time.Instant.now().plusSeconds(3600), null));
        crowded = LegacyInputFixture.instance(LegacyInputFixture.catalog(busy, new LegacyInputFixture.ConfirmingTool()),
                "mcp.input.maxPendingPerCaller", "1");
        tooLarge = LegacyInputFixture.instance(LegacyInputFixture.catalog(new LegacyInputFixture.SharedAnswers(),
                new LegacyInputFixture.PairTool()), "mcp.input.maxPendingPerCaller", "1");
        quiet = new EventStreamLimitsTest.QuietTool();
        streaming = new EmbeddedServer(Fixtures.catalog(quiet), Fixtures.settings("mcp.maxConcurrentStreams", "1",
                "mcp.streamKeepAliveMs", "20", "mcp.streamMaxDurationMs", "1500"));
    }

    @AfterAll
    static void stop() throws Exception {
        quiet.release.countDown();
        server.close();
        streaming.close();
        asking.close();
        crowded.close();
        tooLarge.close();
    }

    /** How each case is sent. */
    private static final Map<String, Supplier<HttpResponse<String>>> CASES = Map.ofEntries(
            Map.entry("not-post", () -> server.send(HttpRequest.newBuilder(server.endpoint).GET())),
            Map.entry("foreign-origin", () -> server.send(server.post(PING, "Origin", "https://evil.example"))),
            Map.entry("preflight", () -> server.send(HttpRequest.newBuilder(server.endpoint)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://localhost:6274").header("Access-Control-Request-Method", "POST"))),
            Map.entry("content-type", () -> server.send(server.post(PING, "Content-Type", "text/plain"))),
            Map.entry("accept", () -> server.send(server.post(PING, "Accept", "text/html"))),
            Map.entry("too-large", () -> server.send(server.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"" + "a".repeat(2000) + "\"}}"))),
            Map.entry("parse-error", () -> server.send(server.post("{\"jsonrpc\":"))),
            Map.entry("invalid-request", () -> server.send(server.post("[" + PING + "]"))),
            Map.entry("notification", () -> server.send(server.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))),
            Map.entry("answer-stored", () -> answerAsked("{\"action\":\"accept\"}")),
            Map.entry("answer-refused", () -> LegacyInputFixture.post(asking, LegacyInputFixture.answer("jeemcp-in-" + "A".repeat(43),
                    "{\"action\":\"accept\"}"), "alice")),
            Map.entry("answer-too-large", () -> answerAsked("{\"action\":\"accept\",\"content\":{\"x\":\"" + "a".repeat(1000) + "\"}}")),
            Map.entry("modern-meta", () -> server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                    "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list"))),
            Map.entry("unsupported-version", () -> server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\","
                    + "\"params\":{" + META.replace("2026-07-28", "1900-01-01") + "}}",
                    "MCP-Protocol-Version", "1900-01-01", "Mcp-Method", "tools/list"))),
            Map.entry("header-mismatch", () -> server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\","
                    + "\"params\":{" + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call"))),
            Map.entry("unknown-method", () -> server.send(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"no/such/method\","
                    + "\"params\":{" + META + "}}", "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "no/such/method"))),
            Map.entry("invalid-params", () -> server.send(server.post(call("drop_tables")))),
            Map.entry("missing-capability", () -> server.send(server.post(call("asks")))),
            Map.entry("streams-exhausted", AnswersTableTest::secondStream),
            Map.entry("stream-timeout", () -> streaming.send(streaming.post(STREAMED, STREAMED_HEADERS))),
            Map.entry("async-timeout", () -> server.send(server.post(call("never")))),
            Map.entry("unavailable", () -> server.send(server.post(call("database_down")))),
            Map.entry("rate-limited", () -> server.send(server.post(call("limited")))),
            Map.entry("input-busy", () -> LegacyInputFixture.post(crowded, LegacyInputFixture.call("bind", 1), "alice")),
            Map.entry("input-round-too-large", () -> LegacyInputFixture.post(tooLarge, LegacyInputFixture.call("pair", 1), "alice")),
            Map.entry("unexpected", () -> server.send(server.post(call("broken")))));

    private static String call(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}";
    }

    /** Answers a request the server just sent on the stream of a 2025-era call, which then ends. */
    private static HttpResponse<String> answerAsked(String result) {
        try {
            var stream = new LegacyInputFixture.Stream(asking, LegacyInputFixture.call("bind", 1), LegacyInputFixture.headers("alice"));
            String id = stream.next().getString("id");
            HttpResponse<String> answered = LegacyInputFixture.post(asking, LegacyInputFixture.answer(id, result), "alice");
            stream.close();
            return answered;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stream holds the only slot (until it times out), so a second one is refused. */
    private static HttpResponse<String> secondStream() {
        CompletableFuture<HttpResponse<String>> first = streaming.client.sendAsync(
                streaming.post(STREAMED, STREAMED_HEADERS).build(), HttpResponse.BodyHandlers.ofString());
        try {
            assertTrue(quiet.started.await(5, TimeUnit.SECONDS), "the first stream started");
            return streaming.send(streaming.post(STREAMED, STREAMED_HEADERS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            first.join(); // ends with the stream's maximum duration
        }
    }

    @Test
    void theTableOfThePageIsTheTableTheTestsRun() {
        List<String> fromData = AnswersTable.rows().stream()
                .map(row -> String.join("\t", row.request(), row.http(), row.jsonRpc())).toList();
        List<String> onPage = AnswersTable.pageRows();
        for (int i = 0; i < Math.min(fromData.size(), onPage.size()); i++) {
            assertEquals(fromData.get(i), onPage.get(i), "row " + (i + 1) + " of answers.tsv and of docs/reference/errors.md");
        }
        assertEquals(fromData.size(), onPage.size(), "rows in answers.tsv and in docs/reference/errors.md");
    }

    @Test
    void everyRowIsSentHereOrNamedWhereItIsTested() {
        Set<String> names = AnswersTable.rows().stream().map(AnswersTable.Row::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> covered = new LinkedHashSet<>(CASES.keySet());
        covered.addAll(ELSEWHERE.keySet());
        assertEquals(names, covered);
        assertTrue(CASES.keySet().stream().noneMatch(ELSEWHERE::containsKey));
    }

    @TestFactory
    Stream<DynamicTest> everyRowIsAnsweredAsThePageSays() {
        return AnswersTable.rows().stream().filter(row -> CASES.containsKey(row.name()))
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> AnswersTable.check(row, CASES.get(row.name()).get())));
    }
}
