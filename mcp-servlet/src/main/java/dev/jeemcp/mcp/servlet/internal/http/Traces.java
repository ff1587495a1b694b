package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.internal.telemetry.Exchange;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the telemetry of a request is told about it: its method, what it names and whether the deployment has that,
 * and its trace context. Built once per deployment.
 */
final class Traces {

    /** {@code mcp.method.name} of a method this server does not know, as the conventions write it. */
    private static final String OTHER_METHOD = "_OTHER";

    private final Telemetry telemetry;
    /**
     * The names of all tools and prompts of the deployment, whoever may see them (metrics and spans are the
     * operator's): a name the client sends is a span name or a metric series only when it is one of these.
     */
    private final Set<String> tools;
    private final Set<String> prompts;

    Traces(Telemetry telemetry, McpCatalog catalog) {
        this.telemetry = telemetry;
        this.tools = telemetry.isOn() ? catalog.tools().stream().map(Tool::name).collect(Collectors.toUnmodifiableSet()) : Set.of();
        this.prompts = telemetry.isOn() ? catalog.prompts().stream().map(Prompt::name).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** The request's exchange; when telemetry is off, one call and nothing gathered. */
    Exchange begin(JsonRpcRequest rpc, HttpServletRequest request) {
        if (!telemetry.isOn()) {
            return Exchange.NONE;
        }
        McpMethod method = McpMethod.lookup(rpc.method(), true);
        if (method == null) {
            method = McpMethod.lookup(rpc.method(), false);
        }
        if (method == null) {
            return telemetry.exchange(OTHER_METHOD, Exchange.Target.NONE, null, false, rpc.id(), rpc.meta(), request);
        }
        Exchange.Target kind = switch (method) {
            case TOOLS_CALL -> Exchange.Target.TOOL;
            case PROMPTS_GET -> Exchange.Target.PROMPT;
            case RESOURCES_READ -> Exchange.Target.RESOURCE;
            default -> Exchange.Target.NONE;
        };
        String target = kind == Exchange.Target.NONE ? null : rpc.stringParam(method.mirroredNameParam());
        boolean known = target != null && switch (kind) {
            case TOOL -> tools.contains(target);
            case PROMPT -> prompts.contains(target);
            default -> false;
        };
        return telemetry.exchange(method.wireName(), kind, target, known, rpc.id(), rpc.meta(), request);
    }
}
