package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.Notifications;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * {@code logging/setLevel} for clients of 2025-11-25 and earlier: the level is checked and acknowledged, and not
 * kept, since a server without sessions has nowhere to keep it. Log messages reach a client that asks for them per
 * request, with {@code _meta} {@code logLevel} (2026-07-28).
 */
final class SetLevelHandler implements MethodHandler {

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        if (!Notifications.LEVELS.contains(params.getString("level", ""))) {
            throw McpProtocolException.invalidParams("Invalid params: level must be one of " + Notifications.LEVELS);
        }
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
