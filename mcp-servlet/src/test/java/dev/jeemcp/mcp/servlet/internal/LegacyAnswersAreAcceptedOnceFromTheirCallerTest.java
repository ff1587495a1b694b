package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.answer;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.call;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.headers;
import static dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.ConfirmingTool;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.Stream;
import dev.jeemcp.mcp.spi.McpCatalog;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An answer is stored only for a request of the server that is open, for the caller who was asked, once. Every other
 * answer (a forged or unknown id, another caller's, a duplicate, a late one) gets the same 400, which tells the sender
 * nothing about which it was, and never reaches the tool.
 */
class LegacyAnswersAreAcceptedOnceFromTheirCallerTest {

    private static final String REFUSED = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
            + "\"message\":\"Invalid request: no request of this server awaits that answer\"}}";
    private static final String ACCEPT = "{\"action\":\"accept\",\"content\":{\"ok\":true}}";

    private final SharedAnswers answers = new SharedAnswers();
    private final McpCatalog catalog = LegacyInputFixture.catalog(answers, new ConfirmingTool());

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(400, response.statusCode());
        assertEquals(REFUSED, response.body());
    }

    @Test
    void aForgedIdIsRefusedWithoutAskingTheStore() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            assertRefused(post(a, answer("1", ACCEPT), "alice"));
            assertRefused(post(a, answer("jeemcp-in-" + "A".repeat(42), ACCEPT), "alice"));
            assertRefused(post(a, "{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":" + ACCEPT + "}", "alice"));
            assertEquals(0, answers.deliveries.get());
        }
    }

    @Test
    void anUnknownIdOfTheRightShapeIsRefused() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            assertRefused(post(a, answer("jeemcp-in-" + "A".repeat(43), ACCEPT), "alice"));
        }
    }

    @Test
    void anotherCallersAnswerIsRefusedAndTheCallersOwnStillCounts() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 1), headers("alice"));
            String id = stream.next().getString("id");
            assertRefused(post(b, answer(id, "{\"action\":\"accept\",\"content\":{\"ok\":false}}"), "mallory"));
            assertEquals(202, post(b, answer(id, ACCEPT), "alice").statusCode());
            JsonObject result = stream.next().getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("{\"confirm\":" + ACCEPT + "}", result.getJsonObject("answers").toString());
        }
    }

    @Test
    void aDuplicateAnswerIsRefusedAndTheFirstStands() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            // Whether the waiting instance has read and forgotten the first answer yet or not, the second is refused.
            Stream stream = new Stream(a, call("bind", 2), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(b, answer(id, ACCEPT), "alice").statusCode());
            assertRefused(post(b, answer(id, "{\"action\":\"decline\"}"), "alice"));
            JsonObject result = stream.next().getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("{\"confirm\":" + ACCEPT + "}", result.getJsonObject("answers").toString());
        }
    }

    @Test
    void anAnswerAfterTheCallEndedIsRefused() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 3), headers("alice"));
            String id = stream.next().getString("id");
            assertEquals(202, post(a, answer(id, ACCEPT), "alice").statusCode());
            stream.next();
            assertRefused(post(a, answer(id, ACCEPT), "alice"));
        }
    }

    @Test
    void anExpiredRequestRefusesItsAnswer() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 4), headers("alice"));
            String id = stream.next().getString("id");
            var row = answers.rows.get(id);
            answers.rows.put(id, new SharedAnswers.Row(row.owner(), java.time.Instant.now().minusSeconds(1), null));
            assertRefused(post(a, answer(id, ACCEPT), "alice"));
            stream.close();
        }
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedWith413AndNeverStored() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog, "mcp.input.maxAnswerBytes", "1000")) {
            Stream stream = new Stream(a, call("bind", 5), headers("alice"));
            String id = stream.next().getString("id");
            var response = post(a, answer(id, "{\"action\":\"accept\",\"content\":{\"note\":\"" + "x".repeat(1000) + "\"}}"), "alice");
            assertEquals(413, response.statusCode());
            assertFalse(response.body().contains("1000"), "nothing about the limit's value: " + response.body());
            assertEquals(0, answers.deliveries.get());
            assertTrue(answers.rows.get(id).answer() == null);
            stream.close();
        }
    }

    @Test
    void aServerWithoutAStoreRefusesResponsesAsBefore() throws Exception {
        try (var a = LegacyInputFixture.instance(Fixtures.catalog(new ConfirmingTool()))) {
            var response = post(a, answer("jeemcp-in-" + "A".repeat(43), ACCEPT), "alice");
            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("not responses"), response.body());
            assertTrue(Fixtures.json(response.body()).isNull("id"), "the id was the server's, not a request of the client's");
        }
    }

    /** A caller the store keeps nothing for (no tenant) is not asked, as before; its answers are refused like others. */
    @Test
    void aCallerWithoutATenantIsNotAskedAndItsAnswersAreRefused() throws Exception {
        try (var a = LegacyInputFixture.instance(catalog)) {
            var call = a.send(a.post(call("bind", 6), "MCP-Protocol-Version", LegacyInputFixture.LEGACY));
            assertEquals(400, call.statusCode());
            assertTrue(call.body().contains("\"code\":-32021"), call.body());
            var answered = a.send(a.post(answer("jeemcp-in-" + "A".repeat(43), ACCEPT), "MCP-Protocol-Version", LegacyInputFixture.LEGACY));
            assertRefused(answered);
        }
    }

    /**
     * With mcp.anonymousTenant=true (the application's opt-in to one shared anonymous tenant) every anonymous caller is
     * one owner, as for handles: an anonymous caller is asked, and its request is recorded for that owner.
     */
    @Test
    void anAnonymousCallerIsAskedWhereTheApplicationSharesAnAnonymousTenant() throws Exception {
        answers.keepsAnonymous = true;
        try (var a = LegacyInputFixture.instance(catalog); var b = LegacyInputFixture.instance(catalog)) {
            Stream stream = new Stream(a, call("bind", 7), "MCP-Protocol-Version", LegacyInputFixture.LEGACY);
            JsonObject asked = stream.next();
            assertEquals("elicitation/create", asked.getString("method"));
            assertEquals(1, answers.rows.size(), "recorded for the shared anonymous owner");
            assertEquals(202, b.send(b.post(answer(asked.getString("id"), ACCEPT), "MCP-Protocol-Version", LegacyInputFixture.LEGACY))
                    .statusCode());
            JsonObject result = stream.next().getJsonObject("result").getJsonObject("structuredContent");
            assertEquals("{\"confirm\":" + ACCEPT + "}", result.getJsonObject("answers").toString());
        }
    }
}
