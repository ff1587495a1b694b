package dev.jeemcp.mcp.servlet.internal.request;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.CancellationException;

/**
 * The event stream of one request, as far as the call needs it: a way to send the client a message about the request
 * (a notification, or a request of the server such as {@code elicitation/create}) and to learn that the client left.
 */
public interface ClientChannel {

    /**
     * Sends one message as an event; opens the stream when it is the first.
     *
     * @throws CancellationException once the client is gone
     */
    void send(JsonObject message);

    /**
     * Whether the client is still there. A stream that nothing else keeps alive writes a {@code : keep-alive}
     * comment here when one is due, which is how a client that left is found.
     */
    boolean stillThere();

    /** The JSON-RPC id of the request this stream answers: what the client's {@code notifications/cancelled} names. */
    JsonValue callId();

    /**
     * The client cancelled the request ({@code notifications/cancelled}): nothing more is written, not even the
     * response (the client expects none), and the stream ends when the call returns.
     */
    void cancelledByClient();
}
