package dev.jeemcp.mcp.internal;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.function.Supplier;

/**
 * The JSON-RPC id of the request this thread dispatches, for the audit events the CDI module fires: set by the
 * dispatcher around each request, read by a feature when its call starts (so a tool that answers later keeps the id
 * it read on the request's thread).
 */
public final class RequestIds {

    private static final int MAX_LENGTH = 128;
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The id of the request being dispatched on this thread, as text, or {@code null}. */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs the work with {@code id} (a string's value, a number's text, cut to 128 characters) as the current id. */
    public static <T> T with(JsonValue id, Supplier<T> work) {
        return with(text(id), work);
    }

    /** Runs the work with {@code id} as the current id: a task's run is audited under its task id. */
    public static <T> T with(String id, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(id);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    private static String text(JsonValue id) {
        if (id == null || id == JsonValue.NULL) {
            return null;
        }
        String text = id instanceof JsonString string ? string.getString() : id.toString();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
