package dev.jeemcp.mcp.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import jakarta.json.JsonObject;
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

    @Test
    void pagesWithoutEndFailAtTheBound() {
        AtomicInteger pages = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(request ->
                Reply.json(ScriptedServer.result(request, page("\"p" + pages.incrementAndGet() + "\""))))) {
            McpViolation violation = assertThrows(McpViolation.class, () -> server.client().prompts());
            assertTrue(violation.getMessage().contains("ends within 1000 pages"), violation.getMessage());
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
