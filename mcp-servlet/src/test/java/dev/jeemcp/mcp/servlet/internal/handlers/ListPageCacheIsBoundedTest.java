package dev.jeemcp.mcp.servlet.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The written pages are bounded: a list with more pages than the bound is still answered page by page, correctly,
 * and no more than {@link ListHandler#MAX_PAGES} pages are kept.
 */
class ListPageCacheIsBoundedTest {

    private static final int TOOLS = ListHandler.MAX_PAGES + 44;

    @Test
    void morePagesThanTheBoundAreAllAnsweredAndOnlyTheBoundIsKept() {
        List<Tool> tools = IntStream.range(0, TOOLS).mapToObj(i -> (Tool) new NamedTool("t" + i)).toList();
        ListHandler handler = new ListHandler("tools", tools, McpSettings.from(Map.of("mcp.pageSize", "1")::get));
        String cursor = null;
        for (int i = 0; i < TOOLS; i++) {
            String params = cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}";
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":" + params + "}";
            JsonRpcRequest request = JsonRpcRequest.parse(body.getBytes(StandardCharsets.UTF_8));
            CallContext context = RequestEra.establish(request, name -> "MCP-Protocol-Version".equalsIgnoreCase(name)
                    ? "2025-11-25" : null, null, role -> false);
            JsonObject page = handler.handle(request.params(), context);
            assertEquals("t" + i, page.getJsonArray("tools").getJsonObject(0).getString("name"));
            cursor = page.getString("nextCursor", null);
        }
        assertEquals(null, cursor);
        assertEquals(ListHandler.MAX_PAGES, handler.pagesKept());
    }
}
