package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A listing whose cursors cycle, or whose pages never end, fails instead of looping; so does a cursor that is no string. */
class PagingEndsTest {

    private static String page(String nextCursor) {
        return "{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"private\",\"prompts\":[]"
                + (nextCursor == null ? "" : ",\"nextCursor\":" + nextCursor) + "}";
    }

    @Test
    void aCycleOfCursorsFails() {
        try (ScriptedServer server = new ScriptedServer(request -> {
            JsonObject params = request.message().getJsonObject("params");
            String next = "A".equals(params.getString("cursor", null)) ? "\"B\"" : "\"A\"";
            return Reply.json(ScriptedServer.result(request, page(next)));
        })) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().prompts());
            assertTrue(violation.getMessage().contains("each next cursor is new -- but A came again"), violation.getMessage());
        }
    }

    /** A small bound, so that the test scripts a few pages instead of the thousand of the default (46 s of the build). */
    private static final int BOUND = 5;

    @Test
    void pagesWithoutEndFailAtTheBound() {
        AtomicInteger pages = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request ->
                Reply.json(ScriptedServer.result(request, page("\"p" + pages.incrementAndGet() + "\""))))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().withMaxPages(BOUND).prompts());
            assertTrue(violation.getMessage().contains("ends within " + BOUND + " pages"), violation.getMessage());
            assertEquals(BOUND, pages.get(), "pages read before the client gave up");
        }
    }

    @Test
    void theBoundIsAThousandPagesUnlessTheKitSaysOtherwise() {
        McpClient client = McpClient.endpoint(URI.create("http://127.0.0.1:1/app/mcp")); // never asked
        assertEquals(1000, client.maxPages);
        assertEquals(1000, client.as("alice", "secret").legacy().withProgress().withTasks().maxPages, "kept by derived clients");
        assertEquals(BOUND, client.withMaxPages(BOUND).as("alice", "secret").maxPages, "a bound set is kept too");
    }

    @Test
    void aListingOfMorePagesThanTheBoundsOfTheTestsEnds() {
        AtomicInteger pages = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request -> Reply.json(ScriptedServer.result(request,
                page(pages.incrementAndGet() < 3 * BOUND ? "\"p" + pages.get() + "\"" : null))))) {
            server.client().prompts();
            assertEquals(3 * BOUND, pages.get(), "the default client read every page");
        }
    }

    @Test
    void aNumberCursorFails() {
        try (ScriptedServer server = new ScriptedServer(request -> Reply.json(ScriptedServer.result(request, page("7"))))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().prompts());
            assertTrue(violation.getMessage().contains("answers nextCursor as a string"), violation.getMessage());
        }
    }
}
