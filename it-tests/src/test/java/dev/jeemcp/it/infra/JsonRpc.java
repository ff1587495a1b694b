package dev.jeemcp.it.infra;

import jakarta.json.Json;
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
}
