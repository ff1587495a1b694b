package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.server.McpRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * An argument the client sends as JSON, validated against the shape derived from the parameter's type and bound
 * with JSON-B.
 *
 * @param name the property name in the input schema
 * @param type the Java parameter type the value is bound to
 * @param shape the JSON shape derived from {@code type}
 * @param required whether the client must send it
 * @param schema the property schema, with the description merged in
 */
record JsonArgument(String name, Type type, JsonShape shape, boolean required, JsonObject schema) implements ToolArgument {

    @Override
    public void describe(JsonObjectBuilder properties, List<String> requiredNames) {
        properties.add(name, schema);
        if (required) {
            requiredNames.add(name);
        }
    }

    @Override
    public void validate(JsonObject arguments, List<String> problems) {
        JsonValue value = arguments.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problems.add("missing required argument \"" + name + "\"");
            }
            return;
        }
        shape.validate(value, name, problems);
    }

    @Override
    public Object value(JsonObject arguments, McpRequest request, JsonBinding binding) {
        JsonValue value = arguments.get(name);
        if (value == null || value == JsonValue.NULL) {
            return isOptional(type) ? Optional.empty() : null;
        }
        return binding.fromJson(value, type);
    }

    private static boolean isOptional(Type type) {
        return type == Optional.class || type instanceof ParameterizedType p && p.getRawType() == Optional.class;
    }
}
