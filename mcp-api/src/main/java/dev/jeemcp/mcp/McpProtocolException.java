package dev.jeemcp.mcp;

import jakarta.json.JsonValue;

/**
 * A request the server refuses at the protocol level; it becomes a JSON-RPC {@code error} response.
 *
 * <p>This is for faults of the request (unknown tool, params that are not an object, a bad cursor), not for
 * failures of a tool's own work nor for argument values that break a tool's input schema, which are results with
 * {@code isError: true} the model can read and act on (SEP-1303). The message goes to the client as is, so it must not
 * contain anything the client should not see.
 */
public class McpProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonValue data;

    /**
     * @param code the JSON-RPC error code, one of {@link McpErrorCodes}
     * @param message the error message sent to the client
     * @param data the optional {@code error.data}, or {@code null}
     */
    public McpProtocolException(int code, String message, JsonValue data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    /** An "Invalid params" error with that message. */
    public static McpProtocolException invalidParams(String message) {
        return new McpProtocolException(McpErrorCodes.INVALID_PARAMS, message, null);
    }

    /** The JSON-RPC error code. */
    public int code() {
        return code;
    }

    /** The {@code error.data} value, or {@code null}. */
    public JsonValue data() {
        return data;
    }
}
