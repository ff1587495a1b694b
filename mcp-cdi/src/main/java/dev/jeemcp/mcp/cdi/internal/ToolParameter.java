package dev.jeemcp.mcp.cdi.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * One argument of a tool: its wire name, schema, and how an absent value is passed.
 *
 * @param name the property name in the input schema
 * @param type the Java parameter type the value is bound to
 * @param shape the JSON shape derived from {@code type}
 * @param required whether the client must send it
 * @param schema the property schema, with the description merged in
 */
record ToolParameter(String name, Type type, JsonShape shape, boolean required, JsonObject schema) {

    /** Checks a value the client sent (or {@code null} when it sent none) and adds any problems. */
    void validate(JsonValue value, List<String> problems) {
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problems.add("missing required argument \"" + name + "\"");
            }
            return;
        }
        shape.validate(value, name, problems);
    }

    /** The Java value for what the client sent; only called after {@link #validate} found no problems. */
    Object bind(JsonValue value, JsonBinding binding) {
        if (value == null || value == JsonValue.NULL) {
            return absent();
        }
        return binding.fromJson(value, type);
    }

    private Object absent() {
        if (type == Optional.class || type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == Optional.class) {
            return Optional.empty();
        }
        return null;
    }
}
