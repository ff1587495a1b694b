package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jeemcp.mcp.cdi.internal.fixtures.ContentTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A McpRequest parameter receives the request and is not an argument; Content results are sent as blocks. The
 * calls run without an active request context, as on an event-stream thread, so the invoker must start one.
 */
class RequestAndContentTest {

    @Test
    void theRequestIsInjectedAndNotInTheSchema() {
        try (var fixture = new CatalogFixture(ContentTools.class)) {
            JsonObject input = fixture.tool("version").definition().getJsonObject("inputSchema");
            assertEquals("[\"prefix\"]", input.getJsonArray("required").toString());
            assertEquals(1, input.getJsonObject("properties").size());
            assertEquals("v2026-07-28", fixture.call("version", "{\"prefix\":\"v\"}")
                    .getJsonObject("structuredContent").getString("result"));
        }
    }

    @Test
    void contentBlocksAreSentAsTheyAre() {
        try (var fixture = new CatalogFixture(ContentTools.class)) {
            assertFalse(fixture.tool("brochure").definition().containsKey("outputSchema"));
            JsonObject result = fixture.call("brochure", "{}");
            assertFalse(result.containsKey("structuredContent"));
            assertEquals("[{\"type\":\"text\",\"text\":\"Our cover\"},{\"type\":\"image\",\"data\":\"iVBORw==\",\"mimeType\":\"image/png\"},"
                    + "{\"type\":\"resource_link\",\"uri\":\"docs://terms\",\"name\":\"terms\",\"mimeType\":\"text/markdown\"}]",
                    result.getJsonArray("content").toString());
        }
    }
}
