package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modernHeaders;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** resources/read refuses a URI longer than mcp.maxUriLength (default 4096) before any template looks at it. */
class ResourceUriLimitTest {

    /** A template that would serve any URI, and counts how often it was asked. */
    static final class Anything implements Resource {
        int matched;

        public JsonObject definition() {
            return Fixtures.json("{\"uriTemplate\":\"any://{x}\",\"name\":\"any\"}");
        }

        public boolean isTemplate() {
            return true;
        }

        public Optional<Map<String, String>> match(String uri) {
            matched++;
            return Optional.of(Map.of());
        }

        public JsonObject read(String uri, Map<String, String> variables, McpRequest request) {
            return Fixtures.json("{\"contents\":[]}");
        }
    }

    private static JsonObject read(Dispatcher dispatcher, String uri) {
        var request = modern("resources/read", "\"uri\":\"" + uri + "\"");
        return dispatcher.dispatch(request, Fixtures.establish(request,
                Fixtures.headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "resources/read", "Mcp-Name", uri)));
    }

    @Test
    void aLongerUriIsInvalidParamsAndNoTemplateSeesIt() {
        Anything template = new Anything();
        Dispatcher dispatcher = new Dispatcher(FeatureAccessTest.catalog(List.of(), List.of(template)), McpSettings.defaults());
        read(dispatcher, "any://" + "x".repeat(4096 - 6));
        assertEquals(1, template.matched);

        var error = assertThrows(McpProtocolException.class, () -> read(dispatcher, "any://" + "x".repeat(4096 - 5)));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals("Invalid params: \"uri\" is longer than 4096 characters", error.getMessage());
        assertEquals(1, template.matched, "refused before matching");
    }

    @Test
    void theLimitIsASetting() {
        Dispatcher dispatcher = new Dispatcher(FeatureAccessTest.catalog(List.of(), List.of(new Anything())),
                Fixtures.settings("mcp.maxUriLength", "16"));
        read(dispatcher, "any://0123456789");
        assertEquals("Invalid params: \"uri\" is longer than 16 characters",
                assertThrows(McpProtocolException.class, () -> read(dispatcher, "any://0123456789a")).getMessage());
    }
}
