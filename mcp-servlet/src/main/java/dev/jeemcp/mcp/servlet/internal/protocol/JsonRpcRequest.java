package dev.jeemcp.mcp.servlet.internal.protocol;

import static dev.jeemcp.mcp.McpErrorCodes.INVALID_REQUEST;
import static dev.jeemcp.mcp.McpErrorCodes.PARSE_ERROR;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One JSON-RPC message as the client sent it: a request when it has an id, a notification when it has none.
 *
 * @param id the request id (a string or number), or {@code null} for a notification
 * @param method the method name
 * @param params the params object, empty when absent
 */
public record JsonRpcRequest(JsonValue id, String method, JsonObject params) {

    public boolean isNotification() {
        return id == null;
    }

    /**
     * Reads exactly one JSON-RPC request or notification.
     *
     * @throws Fault -32700 when the body is not UTF-8 JSON, -32600 when it is JSON but not a single request
     */
    public static JsonRpcRequest parse(byte[] body) {
        Record message = parseMessage(body);
        if (message instanceof JsonRpcRequest request) {
            return request;
        }
        throw responsesNotAccepted(((JsonRpcResponse) message).id());
    }

    /** How a response is refused by a server that sends no requests of its own. */
    public static Fault responsesNotAccepted(JsonValue id) {
        return Fault.forId(id).error(INVALID_REQUEST, NO_RESPONSES);
    }

    private static final String NO_RESPONSES = "Invalid request: this server accepts requests and notifications, not responses";

    /**
     * Reads exactly one JSON-RPC request, notification or response: a {@link JsonRpcRequest}, or a
     * {@link JsonRpcResponse} (a client's answer to a request of the server).
     *
     * @throws Fault -32700 when the body is not UTF-8 JSON, -32600 when it is JSON but not a single message
     */
    public static Record parseMessage(byte[] body) {
        String text = decodeUtf8(body);
        JsonValue value;
        try {
            value = JsonIo.parse(text);
        } catch (JsonIo.DuplicateKeyException e) {
            throw Fault.envelope(PARSE_ERROR, "Parse error: an object in the body has the " + e.getMessage());
        } catch (RuntimeException e) {
            // Syntax, depth and size problems alike: the client only needs to know it was not one JSON document.
            throw Fault.envelope(PARSE_ERROR, "Parse error: the body is not a well-formed JSON document");
        }
        if (value.getValueType() == ValueType.ARRAY) {
            throw Fault.envelope(INVALID_REQUEST, "Batch requests are not supported: send one JSON-RPC message per POST");
        }
        if (value.getValueType() != ValueType.OBJECT) {
            throw Fault.envelope(INVALID_REQUEST, "Invalid request: the body must be a JSON-RPC request object");
        }
        JsonObject message = value.asJsonObject();
        JsonValue id = message.get("id");
        if (id != null && id.getValueType() != ValueType.STRING && id.getValueType() != ValueType.NUMBER) {
            throw Fault.envelope(INVALID_REQUEST, "Invalid request: \"id\" must be a string or a number");
        }
        Fault.Builder fault = Fault.forId(id);
        if (!(message.get("jsonrpc") instanceof JsonString version) || !"2.0".equals(version.getString())) {
            throw fault.error(INVALID_REQUEST, "Invalid request: \"jsonrpc\" must be \"2.0\"");
        }
        if (!(message.get("method") instanceof JsonString method)) {
            boolean result = message.containsKey("result");
            boolean error = message.containsKey("error");
            if (id != null && result != error && !message.containsKey("method")) {
                return new JsonRpcResponse(id, message);
            }
            throw fault.error(INVALID_REQUEST, result || error ? NO_RESPONSES : "Invalid request: \"method\" must be a string");
        }
        JsonValue params = message.get("params");
        if (params != null && params.getValueType() != ValueType.OBJECT) {
            throw fault.error(INVALID_REQUEST, "Invalid request: \"params\" must be an object");
        }
        return new JsonRpcRequest(id, method.getString(), params == null ? JsonValue.EMPTY_JSON_OBJECT : params.asJsonObject());
    }

    /** Strict decoding: a lenient one would replace bad bytes with U+FFFD and hand the tool a corrupted string. */
    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Fault.envelope(PARSE_ERROR, "Parse error: the body is not valid UTF-8");
        }
    }

    /** The params' {@code _meta} object, or {@code null}. */
    public JsonObject meta() {
        JsonValue meta = params.get(Wire.Meta.KEY);
        return meta instanceof JsonObject object ? object : null;
    }

    /** A string param, or {@code null} when absent or not a string. */
    public String stringParam(String name) {
        return params.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
