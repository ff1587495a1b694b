package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.ServerIdentity;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import jakarta.json.JsonObject;

/**
 * {@code initialize} for clients of 2025-11-25 and earlier. It negotiates a version and describes the server, and
 * deliberately issues no {@code Mcp-Session-Id}: the handshake changes nothing on the server, so the next request
 * may go to any instance.
 */
final class InitializeHandler implements MethodHandler {

    private final ServerIdentity identity;

    InitializeHandler(ServerIdentity identity) {
        this.identity = identity;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        String requested = params.getString("protocolVersion", null);
        // Legacy negotiation never fails: the server offers the newest legacy revision it has instead.
        String agreed = requested != null && Wire.Version.LEGACY.contains(requested) ? requested : Wire.Version.LEGACY.get(0);
        var result = JsonIo.object()
                .add("protocolVersion", agreed)
                .add("capabilities", identity.legacyCapabilities())
                .add("serverInfo", identity.serverInfo());
        if (!identity.instructions().isEmpty()) {
            result.add("instructions", identity.instructions());
        }
        return result.build();
    }
}
