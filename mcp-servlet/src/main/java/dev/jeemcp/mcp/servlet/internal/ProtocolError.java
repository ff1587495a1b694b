package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.server.McpProtocolException;
import jakarta.json.JsonValue;

/**
 * A protocol fault found by the transport, carrying the request id when it was already read so that the error
 * response can echo it.
 */
final class ProtocolError extends McpProtocolException {

    private static final long serialVersionUID = 1L;

    private final transient JsonValue id;
    private final int httpStatus;

    ProtocolError(int code, String message) {
        this(null, code, message, null);
    }

    ProtocolError(JsonValue id, int code, String message, JsonValue data) {
        this(id, code, message, data, Wire.ErrorCode.httpStatus(code));
    }

    ProtocolError(JsonValue id, int code, String message, JsonValue data, int httpStatus) {
        super(code, message, data);
        this.id = id;
        this.httpStatus = httpStatus;
    }

    JsonValue id() {
        return id;
    }

    int httpStatus() {
        return httpStatus;
    }

    static Builder forId(JsonValue id) {
        return new Builder(id);
    }

    /** Creates errors for one request id. */
    record Builder(JsonValue id) {
        ProtocolError error(int code, String message) {
            return new ProtocolError(id, code, message, null);
        }

        ProtocolError error(int code, String message, JsonValue data) {
            return new ProtocolError(id, code, message, data);
        }
    }
}
