package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.answer;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.headers;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.ConfirmingTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.InsatiableTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.PairTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * What a caller can make the server hold is bounded: the wait for an answer, the requests open at once, the rounds of
 * one call; and a client that leaves, or an instance that stops, leaves no request waiting behind it.
 */
class LegacyInputIsBoundedTest {

    private final SharedAnswers answers = new SharedAnswers();
    private final McpCatalog catalog = LegacyInputFixture.catalog(answers, new ConfirmingTool(), new InsatiableTool(), new PairTool());

    @Test
    void anAnswerThatDoesNotComeInTimeEndsTheCallAndCancelsTheRequest() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.answerTimeoutMs", "300")) {
            Stream stream = new Stream(a, call("bind", 1), headers("alice"));
            String id = stream.next().getString("id");
            JsonObject cancelled = stream.next();
            assertEquals("notifications/cancelled", cancelled.getString("method"));
            assertEquals(id, cancelled.getJsonObject("params").getString("requestId"));
            JsonObject response = stream.next();
            assertEquals(1, response.getInt("id"));
            assertEquals(McpErrorCodes.INTERNAL_ERROR, response.getJsonObject("error").getInt("code"));
            assertEquals("Request timed out: no answer to the server's request came in time",
                    response.getJsonObject("error").getString("message"));
            assertTrue(answers.rows.isEmpty(), "the request's row is gone");
            assertEquals(400, post(a, answer(id, "{\"action\":\"accept\"}"), "alice").statusCode(), "a late answer");
        }
    }

    @Test
    void aCallerWithTooManyOpenRequestsIsRefusedAndOthersAreNot() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxPendingPerCaller", "2")) {
            Stream first = new Stream(a, call("bind", 1), headers("alice"));
            first.next();
            Stream second = new Stream(a, call("bind", 2), headers("alice"));
            second.next();
            var third = post(a, call("bind", 3), "alice");
            assertRetryable(third, "Too many requests of this server await your answer");
            Stream bobs = new Stream(a, call("bind", 4), headers("bob"));
            assertEquals("elicitation/create", bobs.next().getString("method"), "another caller is not held back");
            first.close();
            second.close();
            bobs.close();
        }
    }

    /** Refused before any stream opened, as a rate limit is: 429, Retry-After, -32603 with data.retryable. */
    private static void assertRetryable(java.net.http.HttpResponse<String> response, String message) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
        JsonObject error = Fixtures.json(response.body()).getJsonObject("error");
        assertEquals(McpErrorCodes.INTERNAL_ERROR, error.getInt("code"));
        assertTrue(error.getJsonObject("data").getBoolean("retryable"), response.body());
        assertTrue(error.getString("message").contains(message), response.body());
    }

    /** The store's count is checked, then inserted: racing calls all pass it. This instance's own count does not race. */
    @Test
    void aBurstOnOneInstanceIsBoundedEvenWhenTheStoresCountRaces() throws Exception {
        answers.racing = true;
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxPendingPerCaller", "2")) {
            Stream first = new Stream(a, call("bind", 1), headers("alice"));
            first.next();
            Stream second = new Stream(a, call("bind", 2), headers("alice"));
            second.next();
            assertRetryable(post(a, call("bind", 3), "alice"), "Too many requests of this server await your answer");
            first.close();
            second.close();
        }
    }

    /** Each waiting call holds a container thread: only so many wait on one instance, whoever asks. */
    @Test
    void onlySoManyCallsWaitOnOneInstanceAndOneMoreIsToldToRetry() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxWaiting", "1")) {
            Stream alices = new Stream(a, call("bind", 1), headers("alice"));
            String id = alices.next().getString("id");
            assertRetryable(post(a, call("bind", 2), "bob"), "Too many requests are waiting");
            assertEquals(202, post(a, answer(id, "{\"action\":\"accept\"}"), "alice").statusCode());
            assertTrue(alices.next().containsKey("result"));
            Stream bobs = new Stream(a, call("bind", 3), headers("bob"));
            assertEquals("elicitation/create", bobs.next().getString("method"), "the place was given back");
            bobs.close();
        }
    }

    /**
     * One deadline for the whole call, at most mcp.streamMaxDurationMs, not a fresh one per round: a client that answers
     * every round at once still ends with "Request timed out", long before the rounds run out.
     */
    @Test
    void allRoundsOfACallShareOneDeadlineCappedByTheStreamsLongest() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.streamMaxDurationMs", "300", "mcp.input.maxRounds", "200")) {
            Stream stream = new Stream(a, call("insatiable", 1), headers("alice"));
            JsonObject message;
            while ((message = stream.next()) != null && "elicitation/create".equals(message.getString("method", null))) {
                post(a, answer(message.getString("id"), "{\"action\":\"accept\",\"content\":{}}"), "alice");
            }
            while (message != null && !message.containsKey("id")) {
                message = stream.next(); // the cancellation of the round that was not answered in time
            }
            assertEquals("Request timed out: no answer to the server's request came in time",
                    message.getJsonObject("error").getString("message"));
        }
    }

    @Test
    void aToolThatNeverStopsAskingEndsAfterTheLastRound() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxRounds", "2")) {
            Stream stream = new Stream(a, call("insatiable", 1), headers("alice"));
            for (int round = 0; round < 2; round++) {
                JsonObject asked = stream.next();
                assertEquals("elicitation/create", asked.getString("method"));
                assertEquals(202, post(a, answer(asked.getString("id"), "{\"action\":\"accept\",\"content\":{}}"), "alice").statusCode());
            }
            JsonObject response = stream.next();
            assertEquals("The tool asked for input more often than this server allows", response.getJsonObject("error").getString("message"));
            assertNull(stream.next());
        }
    }

    @Test
    void aClientThatLeavesForgetsItsRequestAndTheToolIsNotCalledAgain() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 1), headers("alice"));
            String id = stream.next().getString("id");
            stream.close();
            // Found out by the next keep-alive comment, 50 ms later; then the row is forgotten.
            while (!answers.forgotten.contains(id)) {
                Thread.sleep(20);
            }
            assertFalse(answers.rows.containsKey(id));
            assertEquals(400, post(a, answer(id, "{\"action\":\"accept\"}"), "alice").statusCode());
        }
    }

    /** The interrupt of a client that leaves may come after the wait ended, while the row is deleted: it is deleted. */
    @Test
    void aClientThatLeavesWhileItsRequestIsDeletedForgetsItToo() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 1), headers("alice"));
            String id = stream.next().getString("id");
            answers.interruptDuringNextForget.set(true);
            stream.close();
            awaitForgotten(id);
            assertFalse(answers.rows.containsKey(id));
        }
    }

    /**
     * A client that asked for progress leaves: its call waits on an executor thread, which the stream interrupts; the
     * request is still forgotten (a store refuses an interrupted thread, as a connection pool does).
     */
    @Test
    void aClientThatAskedForProgressAndLeavesForgetsItsRequestToo() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"bind\","
                    + "\"arguments\":{},\"_meta\":{\"progressToken\":\"p1\"}}}", headers("alice"));
            JsonObject asked = stream.next();
            while (asked != null && !asked.containsKey("id")) {
                asked = stream.next(); // progress notifications come first
            }
            String id = asked.getString("id");
            stream.close();
            awaitForgotten(id);
            assertFalse(answers.rows.containsKey(id));
        }
    }

    /**
     * The instance holding the stream stops: the client's stream breaks, its answer is still stored by the other
     * instance (it cannot know), and nobody reads it; the row expires with the request (the store deletes expired rows,
     * tested with each database in the CDI module).
     */
    @Test
    void anAnswerForAnInstanceThatDiedIsStoredAndLeftToExpire() throws Exception {
        var b = LegacyInputFixture.instance(catalog);
        try (b) {
            String id;
            try (var a = LegacyInputFixture.instance(catalog)) {
                Stream stream = new Stream(a, call("bind", 1), headers("alice"));
                id = stream.next().getString("id");
                stream.close();
            }
            answers.forgotten.clear();
            answers.rows.putIfAbsent(id, new SharedAnswers.Row("alice", java.time.Instant.now().plusSeconds(60), null));
            assertEquals(202, post(b, answer(id, "{\"action\":\"accept\"}"), "alice").statusCode());
            assertTrue(answers.rows.get(id).expiresAt().isAfter(java.time.Instant.now()), "kept only until it expires");
        }
    }

    /** Waits up to 30 s for the store to delete the request's row, and fails when it does not. */
    private void awaitForgotten(String id) throws InterruptedException {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!answers.forgotten.contains(id) && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertTrue(answers.forgotten.contains(id), "the request was forgotten");
    }
}
