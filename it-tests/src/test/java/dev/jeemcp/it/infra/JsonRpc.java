package dev.jeemcp.it.infra;

import dev.jeemcp.mcp.test.McpJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Well-formed JSON-RPC request bodies, built as JSON rather than glued from string pieces, so that a value with a quote
 * in it stays a value. Deliberately malformed bodies (the hostile-input tests) stay literal strings.
 */
public final class JsonRpc {

    /** The protocol version the modern requests declare. */
    public static final String VERSION = "2026-07-28";

    private JsonRpc() {
    }

    /** A request with these params (which carry their own {@code _meta}). */
    public static JsonObject request(int id, String method, JsonObject params) {
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("method", method).add("params", params).build();
    }

    /** A {@code tools/call} request of a 2026-07-28 client with these capabilities. */
    public static JsonObject toolCall(int id, String tool, JsonObject arguments, JsonObject clientCapabilities) {
        return request(id, "tools/call", Json.createObjectBuilder().add("name", tool).add("arguments", arguments)
                .add("_meta", meta(clientCapabilities)).build());
    }

    /** The {@code _meta} a 2026-07-28 client sends with every request. */
    public static JsonObject meta(JsonObject clientCapabilities) {
        return Json.createObjectBuilder().add("io.modelcontextprotocol/protocolVersion", VERSION)
                .add("io.modelcontextprotocol/clientCapabilities", clientCapabilities).build();
    }

    /**
     * An object from alternating keys and values, so that a request's params read like the JSON they stand for:
     * {@code obj("name", "get_quote", "arguments", obj("quote_id", id))}. The test kit's {@link McpJson#obj}: a value
     * is a String, a Boolean, an Integer, a Long or a BigDecimal (written exactly, so {@code 42} stays {@code 42}), or
     * a JsonValue such as a nested {@link #obj} or {@link #arr}; no doubles.
     */
    public static JsonObject obj(Object... keysAndValues) {
        return McpJson.obj(keysAndValues);
    }

    /** An array of such values. */
    public static JsonArray arr(Object... values) {
        return McpJson.arr(values);
    }
}
