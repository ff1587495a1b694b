package dev.jeemcp.mcp.cdi.internal.schema;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The JSON form of one Java type: the JSON Schema (2020-12) that describes it, and a validator that checks a value
 * against exactly that schema. Both come from the same tree, so what the model is told and what the server enforces
 * cannot drift apart. Immutable and thread-safe.
 */
public abstract class JsonShape {

    private JsonObject schema;

    /** The schema fragment, without {@code $schema}. */
    public final synchronized JsonObject schema() {
        if (schema == null) {
            schema = buildSchema();
        }
        return schema;
    }

    abstract JsonObject buildSchema();

    /**
     * How many problems a validation reports. Validation stops walking once it has them, so a huge argument full of
     * wrong items costs no more than ten messages.
     */
    public static final int MAX_PROBLEMS = 10;

    /**
     * Adds a problem for each way {@code value} breaks the schema, until {@code problems} holds {@link #MAX_PROBLEMS}.
     *
     * @param path where the value sits, such as {@code applicant.age}, for messages
     */
    public abstract void validate(JsonValue value, String path, List<String> problems);

    /** Whether validation has found all the problems it reports, and so should stop walking. */
    public static boolean full(List<String> problems) {
        int violations = problems instanceof ArgumentProblems kept ? kept.violations().size() : 0;
        return problems.size() + violations >= MAX_PROBLEMS;
    }

    /**
     * The part of a serialized value the schema describes: JSON-B also writes what the declared type does not
     * (a subtype's extra properties, a record's extra getters, null map values), and none of that may reach a client
     * that validates against the output schema. Identity for scalars.
     */
    public JsonValue project(JsonValue value) {
        return value;
    }

    /** Whether values are JSON objects (records, beans, maps). */
    public boolean isObject() {
        return false;
    }

    /** Whether the Java type is {@code Optional}, so that the argument may be left out. */
    public boolean isOptional() {
        return false;
    }

    /** A number's text, cut at 40 characters: a message must not grow with the input. */
    static String brief(JsonValue value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** How a value is named in messages: its JSON type, and the value itself when short. */
    public static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                yield "string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            }
            case NUMBER -> "number " + brief(value);
            case TRUE, FALSE -> "boolean " + value;
            case NULL -> "null";
            case ARRAY -> "array";
            case OBJECT -> "object";
        };
    }
}
