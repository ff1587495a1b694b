package dev.jeemcp.mcp.servlet.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Only the pages the server's own cursors name (page starts) are kept: a caller who forges a cursor for every offset
 * gets correct pages, built for its request alone, and cannot fill the cache so that it stays off for everyone.
 */
class ForgedCursorsAreNotCachedTest {

    @Test
    void everyOffsetIsAnsweredAndOnlyPageStartsAreKept() {
        List<Tool> tools = IntStream.range(0, 30).mapToObj(i -> (Tool) new NamedTool("t" + i)).toList();
        ListHandler handler = new ListHandler("tools", tools, McpSettings.from(Map.of("mcp.pageSize", "10")::get));
        for (int offset = 0; offset < 30; offset++) {
            JsonObject page = handler.handle(list(cursor(offset)).params(), context(list(cursor(offset))));
            assertEquals("t" + offset, page.getJsonArray("tools").getJsonObject(0).getString("name"), "offset " + offset);
        }
        assertEquals(3, handler.pagesKept(), "offsets 0, 10 and 20 only");
    }

    /** A cursor in the server's format (Page's) for any offset, as a caller can forge one. */
    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonRpcRequest list(String cursor) {
        String params = cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}";
        return JsonRpcRequest.parse(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":" + params + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static CallContext context(JsonRpcRequest request) {
        return RequestEra.establish(request, name -> "MCP-Protocol-Version".equalsIgnoreCase(name) ? "2025-11-25" : null,
                null, role -> false);
    }
}
