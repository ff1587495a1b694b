package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import jakarta.json.JsonObject;

/** Answers one JSON-RPC method. Handlers are stateless and shared by all requests. */
@FunctionalInterface
interface MethodHandler {

    /**
     * @return the result object, without the decorations the dispatcher adds for the request's era
     * @throws dev.jeemcp.mcp.McpProtocolException when the request is wrong
     */
    JsonObject handle(JsonObject params, CallContext context);
}
