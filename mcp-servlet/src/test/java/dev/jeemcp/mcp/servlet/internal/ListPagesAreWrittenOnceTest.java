package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.establish;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modernHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A tools/list page is built and written once and answered again as it stands, with the same bytes a page built for
 * the request would have: in the response envelope, on both eras, on every page.
 */
class ListPagesAreWrittenOnceTest {

    private static final String LEGACY_LIST = "{\"jsonrpc\":\"2.0\",\"id\":\"a-1\",\"method\":\"tools/list\",\"params\":{%s}}";

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.echoTools(5), Fixtures.settings("mcp.pageSize", "2"));

    private JsonObject legacy(String paramMembers) {
        JsonRpcRequest request = Fixtures.request(String.format(LEGACY_LIST, paramMembers));
        return dispatcher.dispatch(request, establish(request, Fixtures.headers("MCP-Protocol-Version", "2025-11-25")));
    }

    private JsonObject modernList(String paramMembers) {
        JsonRpcRequest request = modern("tools/list", paramMembers);
        return dispatcher.dispatch(request, establish(request, modernHeaders("tools/list")));
    }

    /** The response as the servlet writes it (see McpServlet.result). */
    private static String envelope(JsonObject result) {
        return JsonIo.write(JsonIo.object().add("jsonrpc", "2.0").add("id", "a-1").add("result", result).build());
    }

    /** The same response with a plain copy of every object: written whole, member by member. */
    private static String plainEnvelope(JsonObject result) {
        return JsonIo.write(JsonIo.object().add("jsonrpc", "2.0").add("id", "a-1")
                .add("result", JsonIo.parse(JsonIo.write(JsonIo.PROVIDER.createObjectBuilder(result).build())).asJsonObject()).build());
    }

    @Test
    void aLegacyPageIsTheSameBytesAsOneBuiltForTheRequest() {
        JsonObject page = legacy("");
        assertEquals(plainEnvelope(page), envelope(page));
        assertEquals(JsonIo.write(JsonIo.PROVIDER.createObjectBuilder(page).build()), JsonIo.write(page));
    }

    @Test
    void aModernPageWithItsDecorationIsTheSameBytesAsOneBuiltForTheRequest() {
        JsonObject page = modernList("");
        assertEquals("complete", page.getString("resultType"));
        assertEquals(plainEnvelope(page), envelope(page));
    }

    @Test
    void theSameRequestGetsTheSamePageAgainOnEitherEra() {
        assertSame(legacy(""), legacy(""));
        assertSame(modernList(""), modernList(""));
    }

    @Test
    void everyCursorHasItsOwnPageAndTheErasDoNotMix() {
        JsonObject first = legacy("");
        JsonObject second = legacy("\"cursor\":\"" + first.getString("nextCursor") + "\"");
        assertNotEquals(first.getJsonArray("tools"), second.getJsonArray("tools"));
        assertSame(second, legacy("\"cursor\":\"" + first.getString("nextCursor") + "\""));
        assertEquals(plainEnvelope(second), envelope(second));
        assertEquals(false, first.containsKey("ttlMs"), "a legacy page carries no cache hints");
        assertEquals(true, modernList("").containsKey("ttlMs"));
    }
}
