package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feature that exists but is hidden from the caller is told of the refusal (Feature.refused, what the audit trail
 * records), while the client is answered as for an unknown one; a name that matches nothing tells nobody, and a hidden
 * template whose URI a visible one serves is no refusal.
 */
class HiddenFeaturesHearOfRefusalsTest {

    private static final List<String> REFUSALS = new CopyOnWriteArrayList<>();

    /** A tool hidden from callers without the role, which notes each refusal. */
    record GuardedTool(String name, String role) implements Tool {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        public JsonObject call(JsonObject arguments, McpRequest request) {
            return Fixtures.json("{\"content\":[]}");
        }

        public void refused(McpRequest request) {
            REFUSALS.add("tool " + name);
        }
    }

    /** A prompt hidden from callers without the role, which notes each refusal. */
    record GuardedPrompt(String name, String role) implements Prompt {
        public JsonObject definition() {
            return Fixtures.json("{\"name\":\"" + name + "\"}");
        }

        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        public JsonObject get(Map<String, String> arguments, McpRequest request) {
            return Fixtures.json("{\"messages\":[]}");
        }

        public void refused(McpRequest request) {
            REFUSALS.add("prompt " + name);
        }
    }

    /** A resource, or a template of one variable before a suffix, hidden from callers without the role. */
    record GuardedResource(String key, String role) implements Resource {
        public JsonObject definition() {
            return Fixtures.json("{\"" + (isTemplate() ? "uriTemplate" : "uri") + "\":\"" + key + "\",\"name\":\"r\"}");
        }

        public boolean isTemplate() {
            return key.contains("{");
        }

        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        public Optional<Map<String, String>> match(String uri) {
            if (!isTemplate()) {
                return uri.equals(key) ? Optional.of(Map.of()) : Optional.empty();
            }
            String prefix = key.substring(0, key.indexOf('{'));
            String suffix = key.substring(key.indexOf('}') + 1);
            return uri.startsWith(prefix) && uri.endsWith(suffix) ? Optional.of(Map.of()) : Optional.empty();
        }

        public JsonObject read(String uri, Map<String, String> variables, McpRequest request) {
            return Fixtures.json("{\"contents\":[{\"uri\":\"" + uri + "\",\"text\":\"" + key + "\"}]}");
        }

        public void refused(McpRequest request) {
            REFUSALS.add("resource " + key);
        }
    }

    private final Dispatcher dispatcher = new Dispatcher(new McpCatalog() {
        public List<Tool> tools() {
            return List.of(new GuardedTool("approve", "underwriter"));
        }

        public List<Prompt> prompts() {
            return List.of(new GuardedPrompt("risk", "underwriter"));
        }

        public List<Resource> resources() {
            return List.of(new GuardedResource("docs://terms", "underwriter"), new GuardedResource("notes://{id}/x", "underwriter"),
                    new GuardedResource("notes://{id}/x", null));
        }
    }, McpSettings.defaults());

    @BeforeEach
    void clear() {
        REFUSALS.clear();
    }

    private void refusedAsUnknown(String method, String members, String name) {
        var request = modern(method, members);
        var h = headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method, "Mcp-Name", name);
        assertThrows(McpProtocolException.class, () -> dispatcher.dispatch(request, RequestEra.establish(request, h, () -> "alice", r -> false)));
    }

    @Test
    void eachHiddenFeatureHearsOfItsRefusal() {
        refusedAsUnknown("tools/call", "\"name\":\"approve\",\"arguments\":{}", "approve");
        refusedAsUnknown("prompts/get", "\"name\":\"risk\"", "risk");
        refusedAsUnknown("resources/read", "\"uri\":\"docs://terms\"", "docs://terms");
        assertEquals(List.of("tool approve", "prompt risk", "resource docs://terms"), REFUSALS);
    }

    @Test
    void aNameThatMatchesNothingTellsNobody() {
        refusedAsUnknown("tools/call", "\"name\":\"nothing\",\"arguments\":{}", "nothing");
        refusedAsUnknown("prompts/get", "\"name\":\"nothing\"", "nothing");
        refusedAsUnknown("resources/read", "\"uri\":\"nothing://x\"", "nothing://x");
        assertEquals(List.of(), REFUSALS);
    }

    @Test
    void aUriAVisibleTemplateServesIsNoRefusal() {
        var request = modern("resources/read", "\"uri\":\"notes://n1/x\"");
        var h = headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "resources/read", "Mcp-Name", "notes://n1/x");
        dispatcher.dispatch(request, RequestEra.establish(request, h, () -> "alice", r -> false));
        assertEquals(List.of(), REFUSALS);
    }
}
