package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What one request established about itself: its era, version, declared capabilities and caller.
 *
 * @param modern whether the request speaks 2026-07-28 or later (per-request {@code _meta}, result decorations)
 * @param headers the request's HTTP headers by name, for the checks that compare them with the body
 */
public record CallContext(
        boolean modern,
        String protocolVersion,
        JsonObject clientCapabilities,
        Principal principal,
        Predicate<String> roles,
        JsonObject inputResponses,
        JsonObject state,
        Notifications notifications,
        UnaryOperator<String> headers) implements McpRequest {

    public CallContext(boolean modern, String protocolVersion, JsonObject capabilities, Principal principal, Predicate<String> roles,
            UnaryOperator<String> headers) {
        this(modern, protocolVersion, capabilities, principal, roles,
                JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_OBJECT, Notifications.NONE, headers);
    }

    /** The same request, resumed with the client's answers and the verified state of an earlier round. */
    public CallContext resumed(JsonObject responses, JsonObject verifiedState) {
        return new CallContext(modern, protocolVersion, clientCapabilities, principal, roles, responses, verifiedState, notifications, headers);
    }

    /** The same request, answered on an event stream. */
    public CallContext streaming(Notifications onStream) {
        return new CallContext(modern, protocolVersion, clientCapabilities, principal, roles, inputResponses, state, onStream, headers);
    }

    /** The request's event stream, on which the server may send requests of its own; {@code null} for none. */
    public ClientChannel channel() {
        return notifications.channel();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        notifications.progress(progress, total, message);
    }

    @Override
    public void log(String level, String message) {
        notifications.log(level, message);
    }

    @Override
    public boolean isCancelled() {
        return notifications.isCancelled();
    }

    @Override
    public Optional<Principal> caller() {
        return Optional.ofNullable(principal);
    }

    @Override
    public boolean isCallerInRole(String role) {
        return principal != null && roles.test(role);
    }
}
