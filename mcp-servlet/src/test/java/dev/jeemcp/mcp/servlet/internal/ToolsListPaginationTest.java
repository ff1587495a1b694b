package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.establish;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modernHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** tools/list pages through every tool exactly once with opaque cursors, and carries cache hints. */
class ToolsListPaginationTest {

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.echoTools(7), Fixtures.settings("mcp.pageSize", "3"));

    private JsonObject list(String cursorMember) {
        var request = modern("tools/list", cursorMember);
        return dispatcher.dispatch(request, establish(request, modernHeaders("tools/list")));
    }

    @Test
    void theCursorChainVisitsEveryToolOnceInOrder() {
        List<String> names = new ArrayList<>();
        JsonObject page = list("");
        int pages = 1;
        while (true) {
            page.getJsonArray("tools").forEach(tool -> names.add(tool.asJsonObject().getString("name")));
            if (!page.containsKey("nextCursor")) {
                break;
            }
            page = list("\"cursor\":\"" + page.getString("nextCursor") + "\"");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of("tool_00", "tool_01", "tool_02", "tool_03", "tool_04", "tool_05", "tool_06"), names);
    }

    @Test
    void everyPageCarriesTheSameCacheHints() {
        JsonObject first = list("");
        JsonObject last = list("\"cursor\":\"" + list("\"cursor\":\"" + first.getString("nextCursor") + "\"").getString("nextCursor") + "\"");
        for (JsonObject page : List.of(first, last)) {
            assertEquals("public", page.getString("cacheScope"));
            assertEquals(300_000, page.getJsonNumber("ttlMs").longValue());
            assertEquals("complete", page.getString("resultType"));
        }
        assertFalse(last.containsKey("nextCursor"));
    }

    @Test
    void anEmptyCursorIsTheFirstPage() {
        assertEquals(list("").getJsonArray("tools"), list("\"cursor\":\"\"").getJsonArray("tools"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"garbage!\"", "\"b2Zmc2V0Ojk5\"", "\"b2Zmc2V0Oi0x\"", "42"})
    void aForgedCursorIsInvalidParams(String cursor) {
        var error = assertThrows(McpProtocolException.class, () -> list("\"cursor\":" + cursor));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals(200, Fault.of(error).status(), "a dispatched error travels in the body");
    }

    @Test
    void pagesDoNotDependOnTheInstanceThatServedTheFirstOne() {
        String cursor = list("").getString("nextCursor");
        Dispatcher otherInstance = new Dispatcher(Fixtures.echoTools(7), Fixtures.settings("mcp.pageSize", "3"));
        var request = modern("tools/list", "\"cursor\":\"" + cursor + "\"");
        JsonObject page = otherInstance.dispatch(request, establish(request, modernHeaders("tools/list")));
        assertEquals("tool_03", ((JsonString) page.getJsonArray("tools").getJsonObject(0).get("name")).getString());
    }
}
