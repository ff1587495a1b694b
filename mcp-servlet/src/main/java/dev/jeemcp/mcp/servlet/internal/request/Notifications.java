package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Where a request's progress and log notifications go: onto its event stream when the client asked for them, or
 * nowhere. Holds the {@code progressToken} and the log threshold of that one request.
 */
public class Notifications {

    /** For requests that asked for nothing, or that are answered with plain JSON. */
    static final Notifications NONE = new Notifications(null, null, null);

    public static final List<String> LEVELS = List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");

    private final ClientChannel stream;
    private final JsonValue progressToken;
    private final String logLevel;

    public Notifications(ClientChannel stream, JsonValue progressToken, String logLevel) {
        this.stream = stream;
        this.progressToken = progressToken;
        this.logLevel = logLevel;
    }

    /** Whether anything could be sent, which is what makes a request worth an event stream. */
    public static boolean wanted(JsonObject meta) {
        return meta != null && (meta.containsKey(Wire.Meta.PROGRESS_TOKEN) || meta.containsKey(Wire.Meta.LOG_LEVEL));
    }

    public static Notifications on(EventStream stream, JsonObject meta) {
        String level = meta.get(Wire.Meta.LOG_LEVEL) instanceof jakarta.json.JsonString s ? s.getString() : null;
        return new Notifications(stream, meta.get(Wire.Meta.PROGRESS_TOKEN), level);
    }

    /**
     * Only a stream to send the server's own requests on (2025-era input requests), for a request that asked for no
     * notifications.
     */
    public static Notifications asking(ClientChannel stream) {
        return new Notifications(stream, null, null);
    }

    /** The request's event stream, or {@code null} when it is answered as plain JSON. */
    public ClientChannel channel() {
        return stream;
    }

    void progress(double progress, Double total, String message) {
        if (stream == null || progressToken == null) {
            return;
        }
        var params = JsonIo.object().add("progressToken", progressToken).add("progress", progress);
        if (total != null) {
            params.add("total", total);
        }
        if (message != null) {
            params.add("message", message);
        }
        stream.send(notification("notifications/progress", params.build()));
    }

    void log(String level, String message) {
        if (stream == null || logLevel == null || LEVELS.indexOf(level) < LEVELS.indexOf(logLevel)) {
            return;
        }
        stream.send(notification("notifications/message",
                JsonIo.object().add("level", level).add("data", message).build()));
    }

    boolean isCancelled() {
        return stream != null && !stream.stillThere();
    }

    /** A JSON-RPC notification: the envelope every server-to-client notification shares. */
    public static JsonObject notification(String method, JsonObject params) {
        return JsonIo.object().add("jsonrpc", "2.0").add("method", method).add("params", params).build();
    }
}
