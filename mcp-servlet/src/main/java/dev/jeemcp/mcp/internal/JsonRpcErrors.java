package dev.jeemcp.mcp.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The one writer of a JSON-RPC {@code error} object, for the error responses of the endpoint (plain or on an event
 * stream) and for the error a failed task keeps, so that they cannot drift apart.
 */
public final class JsonRpcErrors {

    private JsonRpcErrors() {
    }

    /** {@code {"code", "message"}}, and {@code "data"} when there is any. */
    public static JsonObject error(int code, String message, JsonValue data) {
        JsonObjectBuilder error = Json.PROVIDER.createObjectBuilder().add("code", code).add("message", message);
        if (data != null) {
            error.add("data", data);
        }
        return error.build();
    }
}
