package dev.jeemcp.mcp.test;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The server answered a JSON-RPC error where the test asked for a result: an unknown tool, a malformed request, a
 * missing capability. A test that expects the error catches it ({@code assertThrows(McpErrorResponse.class, ...)})
 * and reads its {@link #code()} against {@code McpErrorCodes}; a test that does not fails with the error in its message.
 */
public final class McpErrorResponse extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonObject error;

    /** Made by the kit when it checks an answer; not for tests to construct. */
    public McpErrorResponse(String method, int status, JsonObject error) {
        super(method + " was answered with JSON-RPC error " + error + " (HTTP " + status + ")");
        this.status = status;
        this.error = error;
    }

    /** The JSON-RPC error code, one of {@code McpErrorCodes}. */
    public int code() {
        return error.getInt("code");
    }

    /** The error's message. */
    public String errorMessage() {
        return error.getString("message");
    }

    /** The error's {@code data}, or {@code null}. */
    public JsonValue data() {
        return error.get("data");
    }

    /** The HTTP status it came with. */
    public int status() {
        return status;
    }

    /** The whole error object. */
    public JsonObject json() {
        return error;
    }
}
