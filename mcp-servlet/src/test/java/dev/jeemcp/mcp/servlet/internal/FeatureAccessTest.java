package dev.jeemcp.mcp.servlet.internal;

import static dev.jeemcp.mcp.servlet.internal.Fixtures.headers;
import static dev.jeemcp.mcp.servlet.internal.Fixtures.json;
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
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prompts, resources, templates and completions answer each caller as tools do: lists show only what the caller may
 * use (and are then private), and a hidden item answers byte for byte like one the catalog never had.
 */
class FeatureAccessTest {

    /** A prompt for everyone, or only for callers with the role. */
    record RolePrompt(String name, String role) implements Prompt {
        public JsonObject definition() {
            return json("{\"name\":\"" + name + "\",\"arguments\":[{\"name\":\"quote\",\"required\":false}]}");
        }

        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        public boolean isRestricted() {
            return role != null;
        }

        public JsonObject get(Map<String, String> arguments, McpRequest request) {
            return json("{\"messages\":[]}");
        }

        public List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
            return List.of("quote_1");
        }

        public boolean completes() {
            return true;
        }
    }

    /** A resource at a fixed URI, or a template of one variable between a prefix and a suffix. */
    record RoleResource(String key, String role) implements Resource {
        public JsonObject definition() {
            return json("{\"" + (isTemplate() ? "uriTemplate" : "uri") + "\":\"" + key + "\",\"name\":\"r\"}");
        }

        public boolean isTemplate() {
            return key.contains("{");
        }

        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        public boolean isRestricted() {
            return role != null;
        }

        public Optional<Map<String, String>> match(String uri) {
            if (!isTemplate()) {
                return uri.equals(key) ? Optional.of(Map.of()) : Optional.empty();
            }
            String prefix = key.substring(0, key.indexOf('{'));
            String suffix = key.substring(key.indexOf('}') + 1);
            return uri.startsWith(prefix) && uri.endsWith(suffix) && uri.length() > prefix.length() + suffix.length()
                    ? Optional.of(Map.of("id", uri.substring(prefix.length(), uri.length() - suffix.length()))) : Optional.empty();
        }

        public JsonObject read(String uri, Map<String, String> variables, McpRequest request) {
            return json("{\"contents\":[{\"uri\":\"" + uri + "\",\"text\":\"" + key + "\"}]}");
        }

        public List<String> complete(String variable, String prefix, Map<String, String> context, McpRequest request) {
            return List.of("q1");
        }

        public boolean completes() {
            return isTemplate();
        }
    }

    private static final Prompt PUBLIC_PROMPT = new RolePrompt("explain", null);
    private static final Prompt RISK_PROMPT = new RolePrompt("risk", "underwriter");
    private static final Resource PUBLIC_RESOURCE = new RoleResource("docs://about", null);
    private static final Resource TERMS = new RoleResource("docs://terms", "underwriter");
    private static final Resource PUBLIC_TEMPLATE = new RoleResource("docs://{id}/logo", null);
    private static final Resource RISK_TEMPLATE = new RoleResource("docs://{id}/risk", "underwriter");

    static McpCatalog catalog(List<Prompt> prompts, List<Resource> resources) {
        return new McpCatalog() {
            public List<Tool> tools() {
                return List.of();
            }
            public List<Prompt> prompts() {
                return prompts;
            }

            public List<Resource> resources() {
                return resources;
            }
        };
    }

    private final Dispatcher guarded = new Dispatcher(catalog(List.of(PUBLIC_PROMPT, RISK_PROMPT),
            List.of(PUBLIC_RESOURCE, TERMS, PUBLIC_TEMPLATE, RISK_TEMPLATE)), McpSettings.defaults());
    /** The same server without the restricted items, for what "unknown" looks like. */
    private final Dispatcher withoutThem = new Dispatcher(catalog(List.of(PUBLIC_PROMPT),
            List.of(PUBLIC_RESOURCE, PUBLIC_TEMPLATE)), McpSettings.defaults());
    private final Dispatcher open = new Dispatcher(catalog(List.of(PUBLIC_PROMPT),
            List.of(PUBLIC_RESOURCE, PUBLIC_TEMPLATE)), McpSettings.defaults());

    private static JsonObject send(Dispatcher dispatcher, String method, String members, String name, String user, String role) {
        var request = modern(method, members);
        var h = name == null ? headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method)
                : headers("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method, "Mcp-Name", name);
        return dispatcher.dispatch(request, RequestEra.establish(request, h, user == null ? null : () -> user, r -> r.equals(role)));
    }

    private static List<String> listed(JsonObject result, String key, String member) {
        return result.getJsonArray(key).stream().map(v -> ((JsonObject) v).getString(member)).toList();
    }

    /** The whole JSON-RPC error the servlet would send for it. */
    private static String error(Dispatcher dispatcher, String method, String members, String name, String user) {
        var e = assertThrows(McpProtocolException.class, () -> send(dispatcher, method, members, name, user, "quoter"));
        return e.code() + " " + e.getMessage() + " " + e.data();
    }

    @Test
    void listsShowEachCallerWhatItMayUseAndArePrivate() {
        JsonObject anonymous = send(guarded, "prompts/list", "", null, null, null);
        assertEquals(List.of("explain"), listed(anonymous, "prompts", "name"));
        assertEquals("private", anonymous.getString("cacheScope"));
        assertEquals(List.of("explain", "risk"), listed(send(guarded, "prompts/list", "", null, "uma", "underwriter"), "prompts", "name"));

        JsonObject resources = send(guarded, "resources/list", "", null, "alice", "quoter");
        assertEquals(List.of("docs://about"), listed(resources, "resources", "uri"));
        assertEquals("private", resources.getString("cacheScope"));
        JsonObject templates = send(guarded, "resources/templates/list", "", null, "alice", "quoter");
        assertEquals(List.of("docs://{id}/logo"), listed(templates, "resourceTemplates", "uriTemplate"));
        assertEquals("private", templates.getString("cacheScope"));
        assertEquals(List.of("docs://about", "docs://terms"),
                listed(send(guarded, "resources/list", "", null, "uma", "underwriter"), "resources", "uri"));
        assertEquals(List.of("docs://{id}/logo", "docs://{id}/risk"),
                listed(send(guarded, "resources/templates/list", "", null, "uma", "underwriter"), "resourceTemplates", "uriTemplate"));
    }

    @Test
    void listsWithNothingRestrictedStayPublic() {
        for (String method : List.of("prompts/list", "resources/list", "resources/templates/list")) {
            assertEquals("public", send(open, method, "", null, null, null).getString("cacheScope"), method);
        }
    }

    @Test
    void aHiddenItemAnswersExactlyLikeAnUnknownOne() {
        Stream.of(
                new String[] {"prompts/get", "\"name\":\"risk\"", "risk"},
                new String[] {"resources/read", "\"uri\":\"docs://terms\"", "docs://terms"},
                new String[] {"resources/read", "\"uri\":\"docs://q1/risk\"", "docs://q1/risk"},
                new String[] {"completion/complete", "\"ref\":{\"type\":\"ref/prompt\",\"name\":\"risk\"},"
                        + "\"argument\":{\"name\":\"quote\",\"value\":\"\"}", null},
                new String[] {"completion/complete", "\"ref\":{\"type\":\"ref/resource\",\"uri\":\"docs://{id}/risk\"},"
                        + "\"argument\":{\"name\":\"id\",\"value\":\"\"}", null}).forEach(attempt -> {
                    for (String user : new String[] {null, "alice"}) {
                        assertEquals(error(withoutThem, attempt[0], attempt[1], attempt[2], user),
                                error(guarded, attempt[0], attempt[1], attempt[2], user), attempt[0] + " " + attempt[1]);
                    }
                });
    }

    @Test
    void aCallerWithTheRoleUsesThem() {
        assertEquals("{\"messages\":[]}", strip(send(guarded, "prompts/get", "\"name\":\"risk\"", "risk", "uma", "underwriter")));
        assertEquals("docs://{id}/risk", send(guarded, "resources/read", "\"uri\":\"docs://q1/risk\"", "docs://q1/risk", "uma", "underwriter")
                .getJsonArray("contents").getJsonObject(0).getString("text"));
        assertEquals("quote_1", ((JsonString) send(guarded, "completion/complete", "\"ref\":{\"type\":\"ref/prompt\",\"name\":\"risk\"},"
                + "\"argument\":{\"name\":\"quote\",\"value\":\"\"}", null, "uma", "underwriter")
                .getJsonObject("completion").getJsonArray("values").get(0)).getString());
    }

    private static String strip(JsonObject result) {
        return json(result.toString()).entrySet().stream().filter(e -> e.getKey().equals("messages"))
                .map(e -> "{\"messages\":" + e.getValue() + "}").findFirst().orElseThrow();
    }
}
