package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.modern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every method the servlet answers, whatever the feature, runs inside the catalog's {@code serving} with the
 * request's caller: the one place where mcp-cdi makes the request known to the handle store.
 */
class EveryFeatureKnowsItsRequestTest {

    /** Which caller each feature saw as the one being served, in order. */
    private final List<String> seen = new ArrayList<>();
    private String serving;

    private final McpCatalog catalog = new McpCatalog() {
        public List<Tool> tools() {
            return List.of(tool());
        }
        public List<Prompt> prompts() {
            return List.of(new Prompt() {
                public String name() {
                    return "explain";
                }

                public JsonObject definition() {
                    return json("{\"name\":\"explain\"}");
                }

                public JsonObject get(Map<String, String> arguments, McpRequest request) {
                    seen.add("prompt:" + serving);
                    return json("{\"messages\":[]}");
                }

                public List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
                    seen.add("completion:" + serving);
                    return List.of();
                }

                public boolean completes() {
                    return true;
                }
            });
        }

        public List<Resource> resources() {
            return List.of(new Resource() {
                public JsonObject definition() {
                    return json("{\"uri\":\"docs://about\",\"name\":\"about\"}");
                }

                public boolean isTemplate() {
                    return false;
                }

                public Optional<Map<String, String>> match(String uri) {
                    return Optional.of(Map.of());
                }

                public JsonObject read(String uri, Map<String, String> variables, McpRequest request) {
                    seen.add("resource:" + serving);
                    return json("{\"contents\":[]}");
                }
            });
        }

        public <T> T serving(McpRequest request, Supplier<T> work) {
            serving = request.caller().map(p -> p.getName()).orElse("anonymous");
            try {
                return work.get();
            } finally {
                serving = null;
            }
        }

        private Tool tool() {
            return new Tool() {
                public String name() {
                    return "echo";
                }

                public JsonObject definition() {
                    return json("{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\"}}");
                }

                public JsonObject call(JsonObject arguments, McpRequest request) {
                    seen.add("tool:" + serving);
                    return json("{\"content\":[]}");
                }
            };
        }
    };

    private void send(String method, String members, String name) {
        var request = modern(method, members);
        var h = name == null ? headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method)
                : headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method, "Mcp-Name", name);
        new Dispatcher(catalog, McpSettings.defaults()).dispatch(request, RequestEra.establish(request, h, () -> "alice", r -> false));
    }

    @Test
    void toolsPromptsResourcesAndCompletionsAreAllServedAsTheirCaller() {
        send("tools/call", "\"name\":\"echo\"", "echo");
        send("prompts/get", "\"name\":\"explain\"", "explain");
        send("resources/read", "\"uri\":\"docs://about\"", "docs://about");
        send("completion/complete", "\"ref\":{\"type\":\"ref/prompt\",\"name\":\"explain\"},\"argument\":{\"name\":\"a\",\"value\":\"\"}", null);
        assertEquals(List.of("tool:alice", "prompt:alice", "resource:alice", "completion:alice"), seen);
    }
}
