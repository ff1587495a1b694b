package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.cdi.internal.audit.AuditCall;
import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import java.util.stream.Collectors;
import dev.jeemcp.mcp.Content;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.PromptMessage;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.cdi.internal.invocation.Invocations;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.internal.Json;
import dev.jeemcp.mcp.spi.Prompt;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@code @McpPrompt} method, prepared at deploy time. Immutable once its completions are attached. */
public final class PromptMethod extends FeatureMethod implements Prompt {

    /**
     * One parameter: a string argument ({@code name} set), or the request.
     *
     * @param optional whether the parameter is an {@code Optional<String>}
     */
    public record Parameter(String name, boolean required, boolean optional, boolean sensitive) {
    }

    private final String name;
    private final List<Parameter> parameters;
    private final MethodInvoker invoker;
    private final Completions completions = new Completions();

    public PromptMethod(String name, String javaName, JsonObject definition, List<Parameter> parameters, MethodInvoker invoker,
            AccessRule access, AuditTrail trail) {
        super(definition, javaName, access, trail, parameters.stream().filter(Parameter::sensitive).map(Parameter::name)
                .collect(Collectors.toSet()));
        this.name = name;
        this.parameters = List.copyOf(parameters);
        this.invoker = invoker;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void refused(McpRequest request) {
        auditRefusal(Feature.PROMPT, name, request);
    }

    public Completions completions() {
        return completions;
    }

    public boolean hasArgument(String argument) {
        return parameters.stream().anyMatch(p -> argument.equals(p.name()));
    }

    @Override
    public JsonObject get(Map<String, String> arguments, McpRequest request) {
        AuditCall audit = audit(Feature.PROMPT, name, request, asJson(arguments));
        try {
            return audit.answered(messages(arguments, request, audit));
        } catch (RuntimeException e) {
            throw audit.threw(e);
        }
    }

    private JsonObject messages(Map<String, String> arguments, McpRequest request, AuditCall audit) {
        Object[] values = new Object[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.name() == null) {
                values[i] = request;
                continue;
            }
            String value = arguments.get(parameter.name());
            if (value == null && parameter.required()) {
                audit.end(Outcome.INVALID_ARGUMENTS);
                throw McpProtocolException.invalidParams("Invalid params: prompt " + name + " needs argument \"" + parameter.name() + "\"");
            }
            values[i] = parameter.optional() ? Optional.ofNullable(value) : value;
        }
        Object returned = Invocations.call(invoker, values, "Prompt " + name, javaName());
        var messages = Json.PROVIDER.createArrayBuilder();
        for (PromptMessage message : messages(returned)) {
            messages.add(message.toJson());
        }
        var result = Json.PROVIDER.createObjectBuilder();
        if (definition().containsKey("description")) {
            result.add("description", definition().getString("description"));
        }
        return result.add("messages", messages).build();
    }

    /** The string arguments as the JSON object the audit digests. */
    static JsonObject asJson(Map<String, String> arguments) {
        var object = Json.PROVIDER.createObjectBuilder();
        arguments.forEach((key, value) -> object.add(key, value == null ? "" : value));
        return object.build();
    }

    private static List<PromptMessage> messages(Object returned) {
        if (returned instanceof String text) {
            return List.of(PromptMessage.user(Content.text(text)));
        }
        if (returned instanceof Content content) {
            return List.of(PromptMessage.user(content));
        }
        if (returned instanceof PromptMessage message) {
            return List.of(message);
        }
        if (returned instanceof Collection<?> many) {
            return many.stream().map(PromptMessage.class::cast).toList();
        }
        return List.of();
    }

    @Override
    public List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
        return completions.complete(argument, prefix, context, request);
    }

    @Override
    public boolean completes() {
        return completions.any();
    }

    @Override
    public String toString() {
        return name + " -> " + javaName();
    }
}
