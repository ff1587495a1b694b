package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.ServerIdentity;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import jakarta.json.JsonObject;

/** {@code server/discover}: the stateless replacement for {@code initialize}, and cacheable like a list. */
final class DiscoverHandler implements MethodHandler {

    private final JsonObject result;

    DiscoverHandler(ServerIdentity identity, McpSettings settings) {
        var result = JsonIo.object()
                .add("supportedVersions", JsonIo.PROVIDER.createArrayBuilder(Wire.Version.ALL))
                .add("capabilities", identity.capabilities());
        if (!identity.instructions().isEmpty()) {
            result.add("instructions", identity.instructions());
        }
        this.result = result
                .add(Wire.Result.TTL_MS, settings.listTtlMs())
                .add(Wire.Result.CACHE_SCOPE, "public")
                .build();
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        return result;
    }
}
