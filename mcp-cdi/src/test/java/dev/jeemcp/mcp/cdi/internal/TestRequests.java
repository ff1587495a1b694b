package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/** Requests as the servlet would make them, for tests that call tools without HTTP. */
public final class TestRequests {

    private TestRequests() {
    }

    /** A 2026-07-28 request of that caller ({@code null}: anonymous) with those roles. */
    public static McpRequest caller(String name, String... roles) {
        Set<String> granted = Set.of(roles);
        return new McpRequest() {
            @Override
            public String protocolVersion() {
                return "2026-07-28";
            }

            @Override
            public JsonObject clientCapabilities() {
                return JsonValue.EMPTY_JSON_OBJECT;
            }

            @Override
            public Optional<Principal> caller() {
                return Optional.ofNullable(name).map(n -> () -> n);
            }

            @Override
            public boolean isCallerInRole(String role) {
                return name != null && granted.contains(role);
            }
        };
    }
}
