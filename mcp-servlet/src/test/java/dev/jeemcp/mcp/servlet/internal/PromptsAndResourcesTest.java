package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Prompts, resources and completions are served only when declared, and errors name what is unknown. */
class PromptsAndResourcesTest {

    record Greeting() implements Prompt {
        public String name() {
            return "greet";
        }

        public JsonObject definition() {
            return json("{\"name\":\"greet\",\"arguments\":[{\"name\":\"who\",\"required\":true}]}");
        }

        public JsonObject get(Map<String, String> arguments, McpRequest request) {
            String who = Optional.ofNullable(arguments.get("who"))
                    .orElseThrow(() -> McpProtocolException.invalidParams("Invalid params: missing argument \"who\""));
            return json("{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"Hello " + who + "\"}}]}");
        }

        public List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
            return List.of("alice", "albert", "bob").stream().filter(n -> n.startsWith(prefix)).toList();
        }

        public boolean completes() {
            return true;
        }
    }

    record QuoteDocument(boolean isTemplate) implements Resource {
        public JsonObject definition() {
            return isTemplate ? json("{\"uriTemplate\":\"quote://{id}/terms\",\"name\":\"terms\"}")
                    : json("{\"uri\":\"quote://about\",\"name\":\"about\"}");
        }

        public Optional<Map<String, String>> match(String uri) {
            if (!isTemplate) {
                return uri.equals("quote://about") ? Optional.of(Map.of()) : Optional.empty();
            }
            var matcher = java.util.regex.Pattern.compile("quote://([^/]+)/terms").matcher(uri);
            return matcher.matches() ? Optional.of(Map.of("id", matcher.group(1))) : Optional.empty();
        }

        public JsonObject read(String uri, Map<String, String> variables, McpRequest request) {
            if ("gone".equals(variables.get("id"))) {
                throw McpProtocolException.invalidParams("quote gone was not found"); // as mcp-cdi maps a handle exception
            }
            return json("{\"contents\":[{\"uri\":\"" + uri + "\",\"text\":\"terms of " + variables.getOrDefault("id", "-") + "\"}]}");
        }
    }

    private static final McpCatalog CATALOG = new McpCatalog() {
        public List<Tool> tools() {
            return List.of();
        }
        public List<Prompt> prompts() {
            return List.of(new Greeting());
        }

        public List<Resource> resources() {
            return List.of(new QuoteDocument(true), new QuoteDocument(false));
        }
    };

    private final Dispatcher dispatcher = new Dispatcher(CATALOG, McpSettings.defaults());

    private JsonObject send(String method, String members, String name) {
        var rpc = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":{" + members
                + (members.isEmpty() ? "" : ",") + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}");
        var h = name == null ? headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method)
                : headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method, "Mcp-Name", name);
        return dispatcher.dispatch(rpc, Fixtures.establish(rpc, h));
    }

    @Test
    void capabilitiesNameExactlyWhatIsDeclared() {
        // logging: log messages reach a client that asks with _meta logLevel, so the server declares it.
        assertEquals("{\"prompts\":{},\"resources\":{},\"completions\":{},\"logging\":{}}",
                send("server/discover", "", null).getJsonObject("capabilities").toString());
        assertEquals(McpErrorCodes.METHOD_NOT_FOUND, assertThrows(McpProtocolException.class, () -> send("tools/list", "", null)).code());
    }

    @Test
    void promptsAreListedAndRendered() {
        assertEquals("greet", send("prompts/list", "", null).getJsonArray("prompts").getJsonObject(0).getString("name"));
        JsonObject prompt = send("prompts/get", "\"name\":\"greet\",\"arguments\":{\"who\":\"Ada\"}", "greet");
        assertEquals("Hello Ada", prompt.getJsonArray("messages").getJsonObject(0).getJsonObject("content").getString("text"));
    }

    @Test
    void anUnknownPromptOrAMissingArgumentIsInvalidParams() {
        assertEquals("Unknown prompt: nope", assertThrows(McpProtocolException.class,
                () -> send("prompts/get", "\"name\":\"nope\"", "nope")).getMessage());
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(McpProtocolException.class, () -> send("prompts/get", "\"name\":\"greet\"", "greet")).code());
        assertEquals(McpErrorCodes.INVALID_PARAMS, assertThrows(McpProtocolException.class,
                () -> send("prompts/get", "\"name\":\"greet\",\"arguments\":{\"who\":3}", "greet")).code());
    }

    @Test
    void resourcesAndTemplatesAreListedApartAndReadWithCacheHints() {
        assertEquals("quote://about", send("resources/list", "", null).getJsonArray("resources").getJsonObject(0).getString("uri"));
        assertEquals("quote://{id}/terms",
                send("resources/templates/list", "", null).getJsonArray("resourceTemplates").getJsonObject(0).getString("uriTemplate"));
        JsonObject read = send("resources/read", "\"uri\":\"quote://q42/terms\"", "quote://q42/terms");
        assertEquals("terms of q42", read.getJsonArray("contents").getJsonObject(0).getString("text"));
        assertEquals("private", read.getString("cacheScope"));
        assertEquals(0, read.getInt("ttlMs"));
        assertEquals("terms of -", send("resources/read", "\"uri\":\"quote://about\"", "quote://about")
                .getJsonArray("contents").getJsonObject(0).getString("text"));
    }

    @Test
    void anUnknownResourceIsInvalidParamsWithItsUri() {
        var error = assertThrows(McpProtocolException.class, () -> send("resources/read", "\"uri\":\"quote://x\"", "quote://x"));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals("{\"uri\":\"quote://x\"}", error.data().toString());
    }

    @Test
    void aResourceThatRefusesItsUriIsInvalidParamsWithTheUriToo() {
        var error = assertThrows(McpProtocolException.class, () -> send("resources/read", "\"uri\":\"quote://gone/terms\"", "quote://gone/terms"));
        assertEquals(McpErrorCodes.INVALID_PARAMS, error.code());
        assertEquals("quote gone was not found", error.getMessage());
        assertEquals("{\"uri\":\"quote://gone/terms\"}", error.data().toString());
    }

    @Test
    void completionSuggestsPromptArguments() {
        JsonObject completion = send("completion/complete",
                "\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greet\"},\"argument\":{\"name\":\"who\",\"value\":\"al\"}", null)
                .getJsonObject("completion");
        assertEquals("[\"alice\",\"albert\"]", completion.getJsonArray("values").toString());
        assertEquals(2, completion.getInt("total"));
        assertEquals(false, completion.getBoolean("hasMore"));
    }
}
