package dev.jeemcp.mcp;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.Optional;

/**
 * What a tool may know about the request it serves. Everything here comes from this one request: the protocol keeps
 * no session, so nothing is remembered from earlier requests.
 */
public interface McpRequest {

    /** The protocol revision this request speaks, such as {@code 2026-07-28} or {@code 2025-06-18}. */
    String protocolVersion();

    /**
     * The capabilities the client declared for this request ({@code _meta} in 2026-07-28); empty for older
     * clients, whose capabilities were sent once in {@code initialize} and cannot be known statelessly.
     */
    JsonObject clientCapabilities();

    /** The authenticated caller, as the container established it; empty when the request is anonymous. */
    Optional<Principal> caller();

    /** Whether the container puts the caller in that role. */
    boolean isCallerInRole(String role);

    /**
     * The client's answers to an earlier {@link InputRequired}, by key; empty on a first attempt. Unknown keys are
     * the client's business and should be ignored.
     */
    default JsonObject inputResponses() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The verified state of an earlier {@link InputRequired}; empty on a first attempt. */
    default JsonObject state() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    /**
     * Reports progress of a long call. It reaches the client as {@code notifications/progress} on this request's
     * event stream when the client asked for progress (a {@code progressToken}) and accepts event streams; otherwise
     * it does nothing.
     *
     * @param progress how far along, increasing with every call
     * @param total the end value of {@code progress}, or {@code null} when unknown
     * @param message a short human-readable status, or {@code null}
     * @throws java.util.concurrent.CancellationException when the client has closed the stream: stop working
     */
    default void progress(double progress, Double total, String message) {
    }

    /**
     * Sends a log message ({@code notifications/message}) on this request's event stream, if the client asked for
     * messages of that level or above; otherwise does nothing. Logging is deprecated in 2026-07-28.
     *
     * @param level a syslog level name: debug, info, notice, warning, error, critical, alert or emergency
     */
    default void log(String level, String message) {
    }

    /** Whether the client has gone away (closed the event stream), so the work is no longer wanted. */
    default boolean isCancelled() {
        return false;
    }
}
