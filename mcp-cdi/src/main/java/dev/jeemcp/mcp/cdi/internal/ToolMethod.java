package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.annotations.McpToolException;
import dev.jeemcp.mcp.server.McpProtocolException;
import dev.jeemcp.mcp.server.McpRequest;
import dev.jeemcp.mcp.server.Tool;
import jakarta.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code @McpTool} method, turned at deploy time into everything a call needs: the wire definition, the
 * parameters in call order, the return shape and the invoker. Immutable and thread-safe.
 */
final class ToolMethod implements Tool {

    private static final System.Logger LOG = System.getLogger(ToolMethod.class.getName());
    private static final int MAX_REPORTED_PROBLEMS = 10;

    private final String name;
    private final String javaName;
    private final JsonObject definition;
    private final List<ToolParameter> parameters;
    private final Set<String> parameterNames;
    private final JsonShape returnShape;
    private final ToolInvoker invoker;
    private final JsonBinding binding;

    ToolMethod(String name, String javaName, JsonObject definition, List<ToolParameter> parameters,
            JsonShape returnShape, ToolInvoker invoker, JsonBinding binding) {
        this.name = name;
        this.javaName = javaName;
        this.definition = definition;
        this.parameters = List.copyOf(parameters);
        this.parameterNames = Set.copyOf(parameters.stream().map(ToolParameter::name).toList());
        this.returnShape = returnShape;
        this.invoker = invoker;
        this.binding = binding;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public JsonObject definition() {
        return definition;
    }

    @Override
    public JsonObject call(JsonObject arguments, McpRequest request) {
        Object[] values = bind(arguments);
        Object returned;
        try {
            returned = invoker.invoke(values);
        } catch (InvocationTargetException e) {
            return failure(e.getCause());
        } catch (RuntimeException e) {
            // Thrown before the method ran, e.g. by a context that is not active; still the tool's failure.
            return failure(e);
        }
        if (returnShape == null) {
            return ToolResults.empty();
        }
        if (returned == null && returnShape.isObject()) {
            return ToolResults.error("Tool " + name + " returned no result");
        }
        return ToolResults.success(binding.toJson(returned), returnShape.isObject());
    }

    /** Validates every argument against the schema first, so the method is never called with a partial set. */
    private Object[] bind(JsonObject arguments) {
        List<String> problems = new ArrayList<>();
        for (String given : arguments.keySet()) {
            if (!parameterNames.contains(given)) {
                problems.add("unknown argument \"" + given + "\"");
            }
        }
        for (ToolParameter parameter : parameters) {
            parameter.validate(arguments.get(parameter.name()), problems);
        }
        if (!problems.isEmpty()) {
            List<String> reported = problems.size() > MAX_REPORTED_PROBLEMS ? problems.subList(0, MAX_REPORTED_PROBLEMS) : problems;
            throw McpProtocolException.invalidParams("Invalid arguments for tool " + name + ": " + String.join("; ", reported));
        }
        Object[] values = new Object[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            ToolParameter parameter = parameters.get(i);
            try {
                values[i] = parameter.bind(arguments.get(parameter.name()), binding);
            } catch (IllegalArgumentException e) {
                throw McpProtocolException.invalidParams("Invalid arguments for tool " + name + ": argument \""
                        + parameter.name() + "\" cannot be read as " + parameter.shape().schema().getString("type", "a value"));
            }
        }
        return values;
    }

    private JsonObject failure(Throwable cause) {
        if (cause instanceof McpToolException toolException) {
            return ToolResults.error(toolException.getMessage());
        }
        // The message of an arbitrary exception may hold SQL, paths or personal data: log it, send nothing of it.
        LOG.log(System.Logger.Level.WARNING, "Tool " + name + " (" + javaName + ") failed", cause);
        return ToolResults.error("Tool " + name + " failed. The details are in the server log.");
    }

    @Override
    public String toString() {
        return name + " -> " + javaName;
    }

    /** The tools by name, for lookup at request time. */
    static Map<String, ToolMethod> byName(List<ToolMethod> tools) {
        Map<String, ToolMethod> map = new java.util.HashMap<>();
        tools.forEach(tool -> map.put(tool.name(), tool));
        return Map.copyOf(map);
    }
}
