package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.McpProtocolException;
import jakarta.json.JsonValue;

/**
 * A fault of the request's envelope, found before it is dispatched: the body, the headers, the {@code _meta}. It
 * carries the request id when that was already read, so that the error response can echo it, and its HTTP status,
 * which is 400 unless the transport says otherwise (405, 403, 406, 413, 415).
 */
final class ProtocolError extends McpProtocolException {

    private static final long serialVersionUID = 1L;

    private final transient JsonValue id;
    private final int httpStatus;
    private String challenge;

    ProtocolError(int code, String message) {
        this(null, code, message, null);
    }

    ProtocolError(JsonValue id, int code, String message, JsonValue data) {
        this(id, code, message, data, 400);
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

    /** The {@code WWW-Authenticate} value to send with it, or {@code null}. */
    String challenge() {
        return challenge;
    }

    ProtocolError withChallenge(String value) {
        this.challenge = value;
        return this;
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
