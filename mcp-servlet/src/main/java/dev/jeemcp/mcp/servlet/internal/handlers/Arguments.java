package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the string-valued parameters of prompts, resources and completions. */
final class Arguments {

    private Arguments() {
    }

    /** A required string param, or -32602 naming it. */
    static String requiredString(JsonObject params, String name) {
        if (params.get(name) instanceof JsonString value) {
            return value.getString();
        }
        throw McpProtocolException.invalidParams("Invalid params: \"" + name + "\" must be a string");
    }

    /** A required object param, or -32602 naming it. */
    static JsonObject requiredObject(JsonObject params, String name) {
        if (params.get(name) instanceof JsonObject value) {
            return value;
        }
        throw McpProtocolException.invalidParams("Invalid params: \"" + name + "\" must be an object");
    }

    /** An optional map of string arguments, such as prompt arguments; -32602 when a value is not a string. */
    static Map<String, String> stringMap(JsonObject params, String name) {
        JsonValue value = params.get(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value == JsonValue.NULL) {
            return map;
        }
        if (!(value instanceof JsonObject object)) {
            throw McpProtocolException.invalidParams("Invalid params: \"" + name + "\" must be an object of strings");
        }
        for (var entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString s)) {
                throw McpProtocolException.invalidParams("Invalid params: " + name + "." + entry.getKey() + " must be a string");
            }
            map.put(entry.getKey(), s.getString());
        }
        return map;
    }
}
