package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.internal.telemetry.Exchange;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import jakarta.servlet.http.HttpServletRequest;

/** What the telemetry of a request is told about it: its method, what it names, and its trace context. */
final class Traces {

    /** {@code mcp.method.name} of a method this server does not know, as the conventions write it. */
    private static final String OTHER_METHOD = "_OTHER";

    private Traces() {
    }

    /** The request's exchange; when telemetry is off, one call and nothing gathered. */
    static Exchange begin(Telemetry telemetry, JsonRpcRequest rpc, HttpServletRequest request) {
        if (!telemetry.isOn()) {
            return Exchange.NONE;
        }
        McpMethod method = McpMethod.lookup(rpc.method(), true);
        if (method == null) {
            method = McpMethod.lookup(rpc.method(), false);
        }
        if (method == null) {
            return telemetry.exchange(OTHER_METHOD, Exchange.Target.NONE, null, rpc.id(), rpc.meta(), request);
        }
        Exchange.Target kind = switch (method) {
            case TOOLS_CALL -> Exchange.Target.TOOL;
            case PROMPTS_GET -> Exchange.Target.PROMPT;
            case RESOURCES_READ -> Exchange.Target.RESOURCE;
            default -> Exchange.Target.NONE;
        };
        String target = kind == Exchange.Target.NONE ? null : rpc.stringParam(method.mirroredNameParam());
        return telemetry.exchange(method.wireName(), kind, target, rpc.id(), rpc.meta(), request);
    }
}
