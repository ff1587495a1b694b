package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An argument the client sends as JSON, validated against the shape derived from the parameter's type and bound
 * with JSON-B.
 *
 * @param name the property name in the input schema
 * @param type the Java parameter type the value is bound to
 * @param shape the JSON shape derived from {@code type}
 * @param required whether the client must send it
 * @param schema the property schema, with the description merged in
 * @param defaultValue what an absent argument is bound from, or {@code null}
 */
public record JsonArgument(String name, Type type, JsonShape shape, boolean required, JsonObject schema, JsonValue defaultValue)
        implements ToolArgument {

    public JsonArgument(String name, Type type, JsonShape shape, boolean required, JsonObject schema) {
        this(name, type, shape, required, schema, null);
    }

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
            // Bound on every call: the method may change what it receives.
            return defaultValue == null ? absent(type) : binding.fromJson(defaultValue, type);
        }
        return binding.fromJson(value, type);
    }

    /** What an absent argument is passed as: empty for the optionals, else {@code null}. */
    static Object absent(Type type) {
        if (type == Optional.class || type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return Optional.empty();
        }
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == OptionalLong.class) {
            return OptionalLong.empty();
        }
        return type == OptionalDouble.class ? OptionalDouble.empty() : null;
    }
}
