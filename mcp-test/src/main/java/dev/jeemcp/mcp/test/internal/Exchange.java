package dev.jeemcp.mcp.test.internal;

import jakarta.json.JsonObject;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * One HTTP round trip as the client saw it: the status, the headers, the body as text, and the JSON-RPC messages it
 * carried (one for a JSON body; every event's message, in order, for an event stream).
 */
public record Exchange(int status, HttpHeaders headers, String body, boolean eventStream, List<JsonObject> messages) {

    /** The last message: the response, on a stream that ended as the protocol says it should. */
    public JsonObject last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }
}
