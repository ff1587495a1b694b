package dev.jeemcp.mcp.cdi.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The kinds of {@link JsonShape}: scalars, arrays, objects, maps, optionals and raw JSON. */
final class Shapes {

    private Shapes() {
    }

    private static JsonObjectBuilder object() {
        return ToolResults.JSON.createObjectBuilder();
    }

    /** {@code true} or {@code false}. */
    static final class BooleanShape extends JsonShape {
        @Override
        JsonObject buildSchema() {
            return object().add("type", "boolean").build();
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                problems.add(path + ": expected boolean, got " + describe(value));
            }
        }
    }

    /**
     * An integral number, optionally within a range (the Java type's). The schema states the range of small types;
     * for {@code int} and {@code long} it names the format instead, since their bounds are noise to a model and
     * {@code long}'s are not even exact in JavaScript. The range is enforced either way.
     */
    static final class IntegerShape extends JsonShape {
        private final BigInteger minimum;
        private final BigInteger maximum;
        private final String format;

        IntegerShape(BigInteger minimum, BigInteger maximum, String format) {
            this.minimum = minimum;
            this.maximum = maximum;
            this.format = format;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder schema = object().add("type", "integer");
            if (format != null) {
                schema.add("format", format);
            } else if (minimum != null) {
                schema.add("minimum", minimum).add("maximum", maximum);
            }
            return schema.build();
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            // 2.0 is refused too: JSON-B would not bind it to an int, and the schema says integer.
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                problems.add(path + ": expected integer, got " + describe(value));
                return;
            }
            BigInteger given = number.bigIntegerValue();
            if (minimum != null && (given.compareTo(minimum) < 0 || given.compareTo(maximum) > 0)) {
                problems.add(path + ": " + given + " is outside " + minimum + ".." + maximum);
            }
        }
    }

    /** Any number. */
    static final class NumberShape extends JsonShape {
        @Override
        JsonObject buildSchema() {
            return object().add("type", "number").build();
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (value.getValueType() != ValueType.NUMBER) {
                problems.add(path + ": expected number, got " + describe(value));
            }
        }
    }

    /** A string, with optional schema keywords and a check that parses it as the Java type would. */
    static final class StringShape extends JsonShape {
        private final Consumer<JsonObjectBuilder> keywords;
        private final Predicate<String> parses;
        private final String expected;

        /**
         * @param keywords adds {@code format}, {@code pattern}, {@code enum} and the like
         * @param parses whether the Java type accepts the text
         * @param expected what a valid value is, for messages, such as {@code a date (yyyy-mm-dd)}
         */
        StringShape(Consumer<JsonObjectBuilder> keywords, Predicate<String> parses, String expected) {
            this.keywords = keywords;
            this.parses = parses;
            this.expected = expected;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder schema = object().add("type", "string");
            keywords.accept(schema);
            return schema.build();
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonString text)) {
                problems.add(path + ": expected string, got " + describe(value));
            } else if (!parses.test(text.getString())) {
                problems.add(path + ": expected " + expected + ", got " + describe(value));
            }
        }
    }

    /** A list, set or array. */
    static final class ArrayShape extends JsonShape {
        private final JsonShape items;
        private final boolean unique;

        ArrayShape(JsonShape items, boolean unique) {
            this.items = items;
            this.unique = unique;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder schema = object().add("type", "array").add("items", items.schema());
            if (unique) {
                schema.add("uniqueItems", true);
            }
            return schema.build();
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (value.getValueType() != ValueType.ARRAY) {
                problems.add(path + ": expected array, got " + describe(value));
                return;
            }
            var array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                items.validate(array.get(i), path + "[" + i + "]", problems);
            }
            if (unique && new HashSet<>(array).size() != array.size()) {
                problems.add(path + ": items must be unique");
            }
        }
    }

    /**
     * A record or bean: named properties, some required, nothing else.
     *
     * @param properties in declaration order
     */
    static final class ObjectShape extends JsonShape {
        private final Map<String, JsonShape> properties;
        private final Set<String> required;

        ObjectShape(Map<String, JsonShape> properties, Set<String> required) {
            this.properties = properties;
            this.required = required;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder props = object();
            properties.forEach((name, shape) -> props.add(name, shape.schema()));
            JsonObjectBuilder schema = object().add("type", "object").add("properties", props);
            if (!required.isEmpty()) {
                schema.add("required", ToolResults.JSON.createArrayBuilder(
                        properties.keySet().stream().filter(required::contains).toList()));
            }
            return schema.add("additionalProperties", false).build();
        }

        @Override
        boolean isObject() {
            return true;
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonObject object)) {
                problems.add(path + ": expected object, got " + describe(value));
                return;
            }
            for (String name : object.keySet()) {
                if (!properties.containsKey(name)) {
                    problems.add(path + ": unknown property \"" + name + "\"");
                }
            }
            properties.forEach((name, shape) -> {
                JsonValue property = object.get(name);
                if (property == null || property == JsonValue.NULL) {
                    if (required.contains(name)) {
                        problems.add(path + ": missing required property \"" + name + "\"");
                    }
                } else {
                    shape.validate(property, path + "." + name, problems);
                }
            });
        }
    }

    /** A map from string keys to values of one shape. */
    static final class MapShape extends JsonShape {
        private final JsonShape values;

        MapShape(JsonShape values) {
            this.values = values;
        }

        @Override
        JsonObject buildSchema() {
            return object().add("type", "object").add("additionalProperties", values.schema()).build();
        }

        @Override
        boolean isObject() {
            return true;
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonObject object)) {
                problems.add(path + ": expected object, got " + describe(value));
                return;
            }
            object.forEach((key, entry) -> values.validate(entry, path + "." + key, problems));
        }
    }

    /** {@code Optional<T>}: the schema of {@code T}, and the argument may be left out. */
    static final class OptionalShape extends JsonShape {
        private final JsonShape value;

        OptionalShape(JsonShape value) {
            this.value = value;
        }

        @Override
        JsonObject buildSchema() {
            return value.schema();
        }

        @Override
        void validate(JsonValue given, String path, List<String> problems) {
            if (given != JsonValue.NULL) {
                value.validate(given, path, problems);
            }
        }

        @Override
        boolean isOptional() {
            return true;
        }

        @Override
        boolean isObject() {
            return value.isObject();
        }
    }

    /** Raw JSON-P values, for tools that take JSON as it comes. */
    static final class RawShape extends JsonShape {
        private final ValueType type;

        /** @param type the required value type, or {@code null} for any */
        RawShape(ValueType type) {
            this.type = type;
        }

        @Override
        JsonObject buildSchema() {
            return type == null ? JsonValue.EMPTY_JSON_OBJECT
                    : object().add("type", type == ValueType.OBJECT ? "object" : type == ValueType.ARRAY ? "array"
                            : type == ValueType.STRING ? "string" : "number").build();
        }

        @Override
        boolean isObject() {
            return type == ValueType.OBJECT;
        }

        @Override
        void validate(JsonValue value, String path, List<String> problems) {
            if (type != null && value.getValueType() != type) {
                problems.add(path + ": expected " + buildSchema().getString("type") + ", got " + describe(value));
            }
        }
    }
}
