package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.UnknownFeatures;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.roundtrip.MultiRoundTrip;
import dev.jeemcp.mcp.spi.Prompt;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * {@code prompts/get}: renders a prompt, possibly after asking the client for input. A prompt the caller may not use
 * answers exactly like one that does not exist.
 */
final class PromptsGetHandler implements MethodHandler {

    private final Map<String, Prompt> prompts;
    private final MultiRoundTrip roundTrip;

    PromptsGetHandler(Map<String, Prompt> prompts, MultiRoundTrip roundTrip) {
        this.prompts = prompts;
        this.roundTrip = roundTrip;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        String name = Arguments.requiredString(params, "name");
        Map<String, String> arguments = Arguments.stringMap(params, "arguments");
        Prompt prompt = prompts.get(name);
        if (prompt == null) {
            throw UnknownFeatures.prompt(name);
        }
        if (!prompt.isVisibleTo(context)) {
            prompt.refused(context);
            throw UnknownFeatures.prompt(name);
        }
        try {
            return roundTrip.run(params, context, McpMethod.PROMPTS_GET, name, params.get("arguments"), resumed -> prompt.get(arguments, resumed));
        } catch (FeatureDenied e) {
            throw UnknownFeatures.prompt(name); // the container refused what the access rule let through
        }
    }
}
