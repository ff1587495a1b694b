package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpUnavailableException;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Small real objects for protocol tests: a catalog of echo tools, request builders and header maps. */
final class Fixtures {

    static final String MODERN = "2026-07-28";

    private Fixtures() {
    }

    static JsonObject json(String text) {
        return JsonIo.parse(text).asJsonObject();
    }

    static JsonRpcRequest request(String text) {
        return JsonRpcRequest.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A modern request body for that method and params (params given as JSON members, may be empty). */
    static JsonRpcRequest modern(String method, String paramMembers) {
        String members = paramMembers.isEmpty() ? "" : paramMembers + ",";
        return request("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":{" + members
                + "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + MODERN + "\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}");
    }

    /** Case-insensitive headers, as the servlet API presents them. */
    static UnaryOperator<String> headers(String... namesAndValues) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i].toLowerCase(Locale.ROOT), namesAndValues[i + 1]);
        }
        return map::get;
    }

    /** The headers a modern client sends for that method. */
    static UnaryOperator<String> modernHeaders(String method) {
        return headers("MCP-Protocol-Version", MODERN, "Mcp-Method", method);
    }

    static CallContext establish(JsonRpcRequest request, UnaryOperator<String> headers) {
        return RequestEra.establish(request, headers, null, role -> false);
    }

    /** A tool that returns its arguments; hidden from callers without the named role when one is given. */
    record EchoTool(String name, String role) implements Tool {
        @Override
        public JsonObject definition() {
            return json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
        }

        @Override
        public boolean isVisibleTo(McpRequest request) {
            return role == null || request.isCallerInRole(role);
        }

        @Override
        public boolean isRestricted() {
            return role != null;
        }

        @Override
        public JsonObject call(JsonObject arguments, McpRequest request) {
            return JsonIo.object().add("content", JsonIo.array()).add("structuredContent", arguments).build();
        }
    }

    static McpCatalog catalog(Tool... tools) {
        List<Tool> all = List.of(tools);
        return new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return all;
            }
        };
    }

    /** {@code downstream_down} (unavailable, 503), {@code bug} (a bug, 500) and {@code echo} (200). */
    static McpCatalog downBugAndEcho() {
        return catalog(new UnavailableIsRetryableTest.FailingTool("downstream_down", McpUnavailableException::new),
                new UnavailableIsRetryableTest.FailingTool("bug", () -> new IllegalStateException("bug")),
                new EchoTool("echo", null));
    }

    /** A legacy {@code tools/call} of that tool without arguments. */
    static String toolsCall(String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\"}}";
    }

    static McpCatalog echoTools(int count) {
        return catalog(IntStream.range(0, count).mapToObj(i -> new EchoTool(String.format("tool_%02d", i), null)).toArray(Tool[]::new));
    }

    static McpSettings settings(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return McpSettings.from(map::get);
    }
}
