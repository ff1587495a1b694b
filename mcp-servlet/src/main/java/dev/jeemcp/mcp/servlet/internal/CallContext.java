package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.server.McpRequest;
import jakarta.json.JsonObject;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one request established about itself: its era, version, declared capabilities and caller.
 *
 * @param modern whether the request speaks 2026-07-28 or later (per-request {@code _meta}, result decorations)
 */
record CallContext(
        boolean modern,
        String protocolVersion,
        JsonObject clientCapabilities,
        Principal principal,
        Predicate<String> roles) implements McpRequest {

    @Override
    public Optional<Principal> caller() {
        return Optional.ofNullable(principal);
    }

    @Override
    public boolean isCallerInRole(String role) {
        return principal != null && roles.test(role);
    }
}
