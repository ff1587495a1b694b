package dev.jeemcp.mcp.servlet.internal.protocol;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A JSON-RPC response the client sent: its answer to a request of the server ({@code elicitation/create},
 * {@code sampling/createMessage}) on the event stream of one of its calls. Exactly one of {@code result} and
 * {@code error} is there; nothing else about it is trusted.
 *
 * @param id the id of the server's request it answers, a string or number as sent
 * @param message the whole message as parsed
 */
public record JsonRpcResponse(JsonValue id, JsonObject message) {

    /** The answer without its envelope, as it is stored: {@code {"result":…}} or {@code {"error":…}}. */
    public JsonObject answer() {
        String member = message.containsKey("result") ? "result" : "error";
        return JsonIo.object().add(member, message.get(member)).build();
    }
}
