package dev.jeemcp.mcp.cdi.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The JSON form of one Java type: the JSON Schema (2020-12) that describes it, and a validator that checks a value
 * against exactly that schema. Both come from the same tree, so what the model is told and what the server enforces
 * cannot drift apart. Immutable and thread-safe.
 */
abstract class JsonShape {

    private JsonObject schema;

    /** The schema fragment, without {@code $schema}. */
    final synchronized JsonObject schema() {
        if (schema == null) {
            schema = buildSchema();
        }
        return schema;
    }

    abstract JsonObject buildSchema();

    /**
     * Adds a problem for each way {@code value} breaks the schema.
     *
     * @param path where the value sits, such as {@code applicant.age}, for messages
     */
    abstract void validate(JsonValue value, String path, List<String> problems);

    /** Whether values are JSON objects (records, beans, maps). */
    boolean isObject() {
        return false;
    }

    /** Whether the Java type is {@code Optional}, so that the argument may be left out. */
    boolean isOptional() {
        return false;
    }

    /** How a value is named in messages: its JSON type, and the value itself when short. */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                yield "string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            }
            case NUMBER -> "number " + value;
            case TRUE, FALSE -> "boolean " + value;
            case NULL -> "null";
            case ARRAY -> "array";
            case OBJECT -> "object";
        };
    }
}
