package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.answer;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.headers;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.ConfirmingTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.TwiceAskingTool;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A 2025-era client's call whose tool asks for input is answered on an event stream: the server's request first, then,
 * once the client answered through the other instance, the tool's result, computed by the same code a 2026-07-28
 * retry runs.
 */
class LegacyClientsAreAskedOnTheirStreamTest {

    private final SharedAnswers answers = new SharedAnswers();
    private final McpCatalog catalog = LegacyInputFixture.catalog(answers, new ConfirmingTool(), new TwiceAskingTool(),
            new LegacyInputFixture.UrlTool(),
            new Fixtures.EchoTool("echo", null));

    @Test
    void theAnswerPostedToAnotherInstanceResumesTheToolWithAnswerAndState() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 7), headers("alice"));
            assertTrue(stream.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            JsonObject asked = stream.next();
            assertEquals("elicitation/create", asked.getString("method"));
            assertEquals("Bind this policy for EUR 216 a year?", asked.getJsonObject("params").getString("message"));
            assertEquals("form", asked.getJsonObject("params").getString("mode"), "2025-11-25 names the mode");
            assertTrue(asked.getString("id").length() >= 43, "an unguessable id");

            var delivered = post(b, answer(asked.getString("id"), "{\"action\":\"accept\",\"content\":{\"ok\":true}}"), "alice");
            assertEquals(202, delivered.statusCode());
            assertEquals("", delivered.body());

            JsonObject response = stream.next();
            assertEquals(7, response.getInt("id"));
            JsonObject result = response.getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("{\"confirm\":{\"action\":\"accept\",\"content\":{\"ok\":true}}}", result.getJsonObject("answers").toString());
            assertEquals("{\"quote\":\"quote_1\"}", result.getJsonObject("state").toString());
            assertFalse(response.getJsonObject("result").containsKey("resultType"), "a 2025-era result");
            assertNull(stream.next(), "the response is the stream's last event");
            assertTrue(answers.rows.isEmpty(), "the request's row is gone once answered");
        }
    }

    @Test
    void aToolThatAsksTwiceIsAnsweredTwice() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("twice", 8), headers("alice"));
            JsonObject first = stream.next();
            assertEquals("elicitation/create", first.getString("method"));
            assertEquals(202, post(b, answer(first.getString("id"), "{\"action\":\"accept\",\"content\":{\"ok\":true}}"), "alice").statusCode());
            JsonObject second = stream.next();
            assertEquals("sampling/createMessage", second.getString("method"));
            assertEquals(50, second.getJsonObject("params").getInt("maxTokens"));
            assertEquals(202, post(b, answer(second.getString("id"), "{\"role\":\"assistant\",\"content\":{\"type\":\"text\","
                    + "\"text\":\"All fine\"},\"model\":\"m\"}"), "alice").statusCode());
            JsonObject result = stream.next().getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("All fine", result.getJsonObject("answers").getJsonObject("summary").getJsonObject("content").getString("text"));
            assertEquals("{\"first\":{\"action\":\"accept\",\"content\":{\"ok\":true}}}", result.getJsonObject("state").toString(),
                    "the state of the second round carries the first answer");
        }
    }

    /** The server cannot know what the client declared in initialize; a client that fails the request says no. */
    @Test
    void anErrorAnswerReachesTheToolAsADeclinedRequest() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 9), headers("alice"));
            String id = stream.next().getString("id");
            var delivered = post(b, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}",
                    "alice");
            assertEquals(202, delivered.statusCode());
            JsonObject result = stream.next().getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("{\"confirm\":{\"action\":\"decline\"}}", result.getJsonObject("answers").toString());
        }
    }

    /** A client without a handler for the method lacks the capability: the call ends as a fresh one would, -32021. */
    @Test
    void aClientWithoutTheMethodEndsTheCallWithMissingCapability() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 9), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(b, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"error\":{\"code\":-32601,"
                    + "\"message\":\"Method not found\"}}", "alice").statusCode());
            JsonObject response = stream.next();
            assertEquals(9, response.getInt("id"));
            assertEquals(-32021, response.getJsonObject("error").getInt("code"), response.toString());
        }
    }

    /** The tool is checked again before each resumed round, as a fresh call is: a caller that lost it is refused. */
    @Test
    void aToolNoLongerVisibleToTheCallerIsNotCalledAgain() throws Exception {
        var visible = new java.util.concurrent.atomic.AtomicBoolean(true);
        var revocable = LegacyInputFixture.catalog(answers, new LegacyInputFixture.RevocableTool(visible));
        try (var a = LegacyInputFixture.instance(revocable)) {
            Stream stream = new Stream(a, call("revocable", 17), headers("alice"));
            String id = stream.next().getString("id");
            visible.set(false);
            assertEquals(202, post(a, answer(id, "{\"action\":\"accept\",\"content\":{\"ok\":true}}"), "alice").statusCode());
            JsonObject response = stream.next();
            assertEquals(17, response.getInt("id"));
            assertTrue(response.containsKey("error"), response.toString());
            assertFalse(response.toString().contains("structuredContent"), response.toString());
        }
    }

    /** 2025-03-26 (also what a request without a version header speaks) has no elicitation: it is not asked. */
    @Test
    void aRevisionWithoutElicitationIsNotAskedForIt() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            var old = a.send(a.post(call("bind", 13), "MCP-Protocol-Version", "2025-03-26", "X-Test-Caller", "alice"));
            assertTrue(old.body().contains("\"code\":-32021"), old.body());
            var unversioned = a.send(a.post(call("bind", 14), "X-Test-Caller", "alice"));
            assertTrue(unversioned.body().contains("\"code\":-32021"), unversioned.body());
            assertTrue(answers.rows.isEmpty(), "nothing asked");
        }
    }

    /** URL-mode elicitation came with 2025-11-25: an older client is not asked for it. */
    @Test
    void aRevisionBeforeUrlModeIsNotAskedToOpenAPage() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            var old = a.send(a.post(call("url", 15), "MCP-Protocol-Version", "2025-06-18", "X-Test-Caller", "alice"));
            assertTrue(old.body().contains("\"code\":-32021"), old.body());
            Stream current = new Stream(a, call("url", 16), headers("alice"));
            assertEquals("url", current.next().getJsonObject("params").getString("mode"));
            current.close();
        }
    }

    @Test
    void aRevisionBeforeModesGetsAnElicitationWithoutOne() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 10), "MCP-Protocol-Version", "2025-06-18", "X-Test-Caller", "alice");
            JsonObject asked = stream.next();
            assertFalse(asked.getJsonObject("params").containsKey("mode"));
            assertEquals(202, post(a, answer(asked.getString("id"), "{\"action\":\"cancel\"}"), "alice").statusCode());
            assertEquals("{\"confirm\":{\"action\":\"cancel\"}}",
                    stream.next().getJsonObject("result").getJsonObject("structuredContent").getJsonObject("answers").toString());
        }
    }

    @Test
    void aToolThatDoesNotAskIsAnsweredAsPlainJson() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            var response = post(a, call("echo", 11), "alice");
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.body());
            assertTrue(response.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":11,\"result\""), response.body());
        }
    }

    @Test
    void withoutAStoreALegacyClientIsStillRefusedWithMissingCapability() throws Exception {
        try (var a = LegacyInputFixture.instance(LegacyInputFixture.catalog(null, new ConfirmingTool()))) {
            var response = post(a, call("bind", 12), "alice");
            assertTrue(response.body().contains("-32021"), response.body());
        }
    }
}
