package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.UnknownFeatures;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.spi.Prompt;
import dev.jeemcp.mcp.spi.Resource;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * {@code completion/complete}: suggestions for a prompt argument or a resource template variable. A completion has
 * the access rule of its prompt or template: one the caller may not use answers exactly like an unknown one.
 */
final class CompletionHandler implements MethodHandler {

    private static final int MAX_VALUES = 100;

    private final Map<String, Prompt> prompts;
    private final Map<String, Resource> templates;

    /** @param templates resource templates by their {@code uriTemplate} */
    CompletionHandler(Map<String, Prompt> prompts, Map<String, Resource> templates) {
        this.prompts = prompts;
        this.templates = templates;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        JsonObject ref = Arguments.requiredObject(params, "ref");
        JsonObject argument = Arguments.requiredObject(params, "argument");
        String name = Arguments.requiredString(argument, "name");
        String value = Arguments.requiredString(argument, "value");
        Map<String, String> given = params.get("context") instanceof JsonObject c ? Arguments.stringMap(c, "arguments") : Map.of();
        List<String> values = switch (Arguments.requiredString(ref, "type")) {
            case "ref/prompt" -> {
                Prompt prompt = prompts.get(Arguments.requiredString(ref, "name"));
                if (prompt == null || !prompt.isVisibleTo(context)) {
                    throw unknownPrompt(ref);
                }
                try {
                    yield prompt.complete(name, value, given, context);
                } catch (FeatureDenied e) {
                    throw unknownPrompt(ref); // the container refused what the access rule let through
                }
            }
            case "ref/resource" -> {
                Resource template = templates.get(Arguments.requiredString(ref, "uri"));
                if (template == null || !template.isVisibleTo(context)) {
                    throw unknownTemplate(ref);
                }
                try {
                    yield template.complete(name, value, given, context);
                } catch (FeatureDenied e) {
                    throw unknownTemplate(ref);
                }
            }
            default -> throw McpProtocolException.invalidParams("Invalid params: ref.type must be ref/prompt or ref/resource");
        };
        var completion = JsonIo.object()
                .add("values", JsonIo.PROVIDER.createArrayBuilder(values.subList(0, Math.min(MAX_VALUES, values.size()))))
                .add("total", values.size())
                .add("hasMore", values.size() > MAX_VALUES);
        return JsonIo.object().add("completion", completion).build();
    }

    private static McpProtocolException unknownPrompt(JsonObject ref) {
        return UnknownFeatures.prompt(ref.getString("name"));
    }

    private static McpProtocolException unknownTemplate(JsonObject ref) {
        return UnknownFeatures.template(ref.getString("uri"));
    }
}
