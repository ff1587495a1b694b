package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.answer;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.headers;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.ConfirmingTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.spi.InputAnswers;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A 2025-era client that gives up on a call sends {@code notifications/cancelled} naming the call's id, in a new POST
 * that may reach any instance: the call that waits for its answers ends without a response and without calling the
 * tool again, and forgets its requests. Only the caller's own cancellation counts.
 */
class ACancelledCallEndsWithoutCallingTheToolAgainTest {

    private static final String ACCEPT = "{\"action\":\"accept\",\"content\":{\"ok\":true}}";

    /** {@link ConfirmingTool}, counting the calls that had the answer: each would bind the policy. */
    record BindingTool(AtomicInteger confirmed) implements Tool {
        @Override
        public String name() {
            return "bind";
        }

        @Override
        public JsonObject definition() {
            return new ConfirmingTool().definition();
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            JsonObject result = new ConfirmingTool().call(arguments, request);
            confirmed.incrementAndGet();
            return result;
        }
    }

    private final SharedAnswers answers = new SharedAnswers();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final McpCatalog catalog = LegacyInputFixture.catalog(answers, new BindingTool(confirmed));

    /** The next message with an id (a response) on the stream, past notifications; {@code null} at its end. */
    private static JsonObject responseOn(Stream stream) {
        JsonObject message = stream.next();
        while (message != null && !message.containsKey("id")) {
            message = stream.next();
        }
        return message;
    }

    private static String cancellation(Object requestId) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + requestId
                + ",\"reason\":\"the user gave up\"}}";
    }

    @Test
    void aCancellationOnAnotherInstanceEndsTheWaitingCallWithoutAResponse() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 7), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(b, cancellation(7), "alice").statusCode());
            JsonObject withdrawn = stream.next();
            assertEquals("notifications/cancelled", withdrawn.getString("method"), "the unanswered question is withdrawn");
            assertEquals(id, withdrawn.getJsonObject("params").getString("requestId"));
            assertNull(stream.next(), "the stream ends, with no response after the cancellation");
            assertTrue(answers.forgotten.contains(id), "the request was forgotten");
            assertFalse(answers.rows.containsKey(id));
            assertEquals(400, post(b, answer(id, ACCEPT), "alice").statusCode(), "a later answer finds nothing");
            assertEquals(0, confirmed.get(), "the tool was not called with an answer");
        }
    }

    @Test
    void aCallNamedByAStringIdIsCancelledTooAndTheNumberWithTheSameDigitsIsAnotherId() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 8).replace("\"id\":8", "\"id\":\"8\""), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(a, cancellation(8), "alice").statusCode());
            assertEquals(InputAnswers.CANCELLED.equals(answers.rows.get(id).answer()), false, "8 is not \"8\"");
            assertEquals(202, post(a, cancellation("\"8\""), "alice").statusCode());
            assertNull(responseOn(stream), "no response after the cancellation");
            assertEquals(0, confirmed.get());
        }
    }

    @Test
    void anotherCallersCancellationChangesNothing() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 9), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(b, cancellation(9), "mallory").statusCode(), "answered as any notification");
            assertEquals(202, post(b, answer(id, ACCEPT), "alice").statusCode(), "the request is still open");
            JsonObject response = responseOn(stream);
            assertTrue(response.containsKey("result"), String.valueOf(response));
            assertEquals(1, confirmed.get());
        }
    }

    /**
     * Anonymous callers are one owner where the store keeps them, and call ids are small numbers a client counts up:
     * an anonymous cancellation is not passed on, so no anonymous caller can end another's calls.
     */
    @Test
    void anAnonymousCancellationIsNotPassedOn() throws Exception {
        answers.keepsAnonymous = true;
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 3), "MCP-Protocol-Version", LegacyInputFixture.LEGACY);
            String id = stream.next().getString("id");
            assertEquals(202, b.send(b.post(cancellation(3), "MCP-Protocol-Version", LegacyInputFixture.LEGACY)).statusCode());
            assertEquals(null, answers.rows.get(id).answer(), "not read as cancelled");
            assertEquals(202, b.send(b.post(answer(id, ACCEPT), "MCP-Protocol-Version", LegacyInputFixture.LEGACY)).statusCode());
            JsonObject response = responseOn(stream);
            assertTrue(response.containsKey("result"), String.valueOf(response));
            assertEquals(1, confirmed.get());
        }
    }

    /** A call that asked for progress waits on an executor thread, and writes its stream through the async context. */
    @Test
    void aCallThatAskedForProgressEndsWithoutAResponseToo() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, "{\"jsonrpc\":\"2.0\",\"id\":\"p-1\",\"method\":\"tools/call\",\"params\":{"
                    + "\"name\":\"bind\",\"arguments\":{},\"_meta\":{\"progressToken\":\"p1\"}}}", headers("alice"));
            JsonObject asked = stream.next();
            while (asked != null && !asked.containsKey("id")) {
                asked = stream.next(); // progress notifications come first
            }
            String id = asked.getString("id");
            assertEquals(202, post(b, cancellation("\"p-1\""), "alice").statusCode());
            // A progress notification may still come, and the withdrawn question; a response may not.
            assertNull(responseOn(stream), "no response after the cancellation");
            assertTrue(answers.forgotten.contains(id));
            assertEquals(0, confirmed.get());
        }
    }

    /** Nothing is stored for a call that does not wait: a cancellation only changes requests the caller has open. */
    @Test
    void aCancellationOfAnUnknownCallStoresNothing() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            for (int i = 0; i < 50; i++) {
                assertEquals(202, post(a, cancellation(1000 + i), "alice").statusCode());
            }
            assertTrue(answers.rows.isEmpty());
        }
    }
}
