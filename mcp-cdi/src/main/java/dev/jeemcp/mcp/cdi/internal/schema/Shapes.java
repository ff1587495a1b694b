package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The kinds of {@link JsonShape}: scalars, arrays, objects, maps, optionals and raw JSON. */
public final class Shapes {

    private Shapes() {
    }

    private static JsonObjectBuilder object() {
        return Json.PROVIDER.createObjectBuilder();
    }

    /** {@code true} or {@code false}. */
    static final class BooleanShape extends JsonShape {
        @Override
        JsonObject buildSchema() {
            return object().add("type", "boolean").build();
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                problems.add(path + ": expected boolean, got " + describe(value));
            }
        }
    }

    /**
     * An integral number, optionally within a range (the Java type's). The schema states the range of small types;
     * for {@code int} and {@code long} it names the format instead, since their bounds are noise to a model and
     * {@code long}'s are not even exact in JavaScript. The range is enforced either way.
     *
     * <p>Values are compared as {@code BigDecimal}, whose comparison looks at the exponent first: {@code 1e600000000}
     * is refused without ever being expanded into its 600 million digits.
     */
    static final class IntegerShape extends JsonShape {
        private final BigDecimal minimum;
        private final BigDecimal maximum;
        private final String format;
        private final int maxDigits;

        /** @param maxDigits the most digits a value without a range may have ({@code BigInteger}) */
        IntegerShape(BigInteger minimum, BigInteger maximum, String format, int maxDigits) {
            this.minimum = minimum == null ? null : new BigDecimal(minimum);
            this.maximum = maximum == null ? null : new BigDecimal(maximum);
            this.format = format;
            this.maxDigits = maxDigits;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder schema = object().add("type", "integer");
            if (format != null) {
                schema.add("format", format);
            } else if (minimum != null) {
                schema.add("minimum", minimum.toBigInteger()).add("maximum", maximum.toBigInteger());
            }
            return schema.build();
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonNumber number)) {
                problems.add(path + ": expected integer, got " + describe(value));
                return;
            }
            BigDecimal given = number.bigDecimalValue();
            if (minimum != null) {
                if (given.compareTo(minimum) < 0 || given.compareTo(maximum) > 0) {
                    problems.add(path + ": " + brief(value) + " is outside " + minimum + ".." + maximum);
                    return;
                }
            } else if (Numbers.integerDigits(given) > maxDigits) {
                problems.add(path + ": " + brief(value) + " has more than " + maxDigits + " digits");
                return;
            }
            // 2.5 is refused, 2.0 and 1e2 are integers (JSON Schema counts the value, not its spelling). Safe to
            // strip now: the magnitude is bounded above.
            if (given.signum() != 0 && given.stripTrailingZeros().scale() > 0) {
                problems.add(path + ": expected integer, got " + describe(value));
            }
        }
    }

    /**
     * A {@code float}, {@code double} or {@code BigDecimal}. Inputs are bounded before anything computes with them:
     * a {@code BigDecimal} may have at most {@code maxDigits} significant digits and a scale within
     * {@code -maxDigits..maxDigits}, so {@code 1e600000000} never reaches the arithmetic of a tool; a {@code float}
     * or {@code double} must be finite once converted. Outputs are not bounded (the tool made them).
     */
    static final class NumberShape extends JsonShape {
        /** What Java type the number becomes. */
        enum Kind { FLOAT, DOUBLE, DECIMAL }

        private final Kind kind;
        private final int maxDigits;

        /** @param maxDigits the bound on a decimal's precision and scale; {@code 0} for none (outputs) */
        NumberShape(Kind kind, int maxDigits) {
            this.kind = kind;
            this.maxDigits = maxDigits;
        }

        @Override
        JsonObject buildSchema() {
            return object().add("type", "number").build();
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonNumber number)) {
                problems.add(path + ": expected number, got " + describe(value));
                return;
            }
            if (maxDigits == 0) {
                return;
            }
            BigDecimal given = number.bigDecimalValue();
            String problem = switch (kind) {
                case DECIMAL -> given.precision() > maxDigits || Math.abs((long) given.scale()) > maxDigits
                        ? "has more than " + maxDigits + " digits or an exponent beyond " + maxDigits : null;
                case DOUBLE -> Numbers.fitsDouble(given) ? null : "is outside the range of a double";
                case FLOAT -> Numbers.fitsFloat(given) ? null : "is outside the range of a float";
            };
            if (problem != null) {
                problems.add(path + ": " + brief(value) + " " + problem);
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
        public void validate(JsonValue value, String path, List<String> problems) {
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
        private final int maxItems;

        /** @param maxItems the most items accepted ({@code mcp.maxArrayItems} for inputs), checked before any item */
        ArrayShape(JsonShape items, boolean unique, int maxItems) {
            this.items = items;
            this.unique = unique;
            this.maxItems = maxItems;
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
        public void validate(JsonValue value, String path, List<String> problems) {
            if (value.getValueType() != ValueType.ARRAY) {
                problems.add(path + ": expected array, got " + describe(value));
                return;
            }
            var array = value.asJsonArray();
            if (array.size() > maxItems) {
                problems.add(Sizes.tooMany(path, array.size(), maxItems, "items"));
                return;
            }
            int before = problems.size();
            for (int i = 0; i < array.size() && !full(problems); i++) {
                items.validate(array.get(i), path + "[" + i + "]", problems);
            }
            // Uniqueness only of items that are valid: an invalid one is reported already, and may be nested as deep
            // as the parser allows.
            if (unique && problems.size() == before && !uniqueItems(array)) {
                problems.add(path + ": items must be unique");
            }
        }

        /**
         * The value with every number in one canonical form: JSON Schema's {@code uniqueItems} (and Ajv) holds
         * {@code 1} and {@code 1.0}, or {@code 0} and {@code -0.0}, equal, while JSON-P compares numbers by
         * {@code BigDecimal.equals}, scale included.
         */
        private static void canonical(JsonValue value, StringBuilder out) {
            // A flat string: comparing it costs no recursion, and building it one stack frame per level of nesting.
            switch (value.getValueType()) {
                case NUMBER -> {
                    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                    out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString());
                }
                case ARRAY -> {
                    out.append('[');
                    for (JsonValue item : value.asJsonArray()) {
                        canonical(item, out);
                        out.append(',');
                    }
                    out.append(']');
                }
                case OBJECT -> {
                    out.append('{');
                    for (Map.Entry<String, JsonValue> member : new java.util.TreeMap<>(value.asJsonObject()).entrySet()) {
                        out.append(Json.PROVIDER.createValue(member.getKey())).append(':');
                        canonical(member.getValue(), out);
                        out.append(',');
                    }
                    out.append('}');
                }
                default -> out.append(value);
            }
        }

        private static boolean uniqueItems(List<JsonValue> array) {
            Set<String> seen = new HashSet<>();
            for (JsonValue item : array) {
                StringBuilder key = new StringBuilder();
                canonical(item, key);
                if (!seen.add(key.toString())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public JsonValue project(JsonValue value) {
            if (value.getValueType() != ValueType.ARRAY) {
                return value;
            }
            var array = Json.PROVIDER.createArrayBuilder();
            value.asJsonArray().forEach(item -> array.add(items.project(item)));
            return array.build();
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
                JsonArrayBuilder names = Json.PROVIDER.createArrayBuilder();
                for (String name : properties.keySet()) {
                    if (required.contains(name)) {
                        names.add(name);
                    }
                }
                schema.add("required", names);
            }
            return schema.add("additionalProperties", false).build();
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonObject object)) {
                problems.add(path + ": expected object, got " + describe(value));
                return;
            }
            for (String name : object.keySet()) {
                if (full(problems)) {
                    return;
                }
                if (!properties.containsKey(name)) {
                    problems.add(path + ": unknown property \"" + name + "\"");
                }
            }
            for (Map.Entry<String, JsonShape> property : properties.entrySet()) {
                if (full(problems)) {
                    return;
                }
                String name = property.getKey();
                JsonValue given = object.get(name);
                // An explicit null counts as absent, as JSON-B binds it: null, or an empty Optional.
                if (given == null || given == JsonValue.NULL) {
                    if (required.contains(name)) {
                        problems.add(path + ": missing required property \"" + name + "\"");
                    }
                } else {
                    property.getValue().validate(given, path + "." + name, problems);
                }
            }
        }

        @Override
        public JsonValue project(JsonValue value) {
            if (!(value instanceof JsonObject object)) {
                return value;
            }
            JsonObjectBuilder projected = object();
            properties.forEach((name, shape) -> {
                JsonValue property = object.get(name);
                if (property != null && property != JsonValue.NULL) {
                    projected.add(name, shape.project(property));
                }
            });
            return projected.build();
        }
    }

    /** A map from string keys to values of one shape. */
    static final class MapShape extends JsonShape {
        private final JsonShape values;
        private final int maxEntries;

        /** @param maxEntries the most entries accepted ({@code mcp.maxArrayItems} for inputs), checked before any value */
        MapShape(JsonShape values, int maxEntries) {
            this.values = values;
            this.maxEntries = maxEntries;
        }

        @Override
        JsonObject buildSchema() {
            return object().add("type", "object").add("additionalProperties", values.schema()).build();
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (!(value instanceof JsonObject object)) {
                problems.add(path + ": expected object, got " + describe(value));
                return;
            }
            if (object.size() > maxEntries) {
                problems.add(Sizes.tooMany(path, object.size(), maxEntries, "entries"));
                return;
            }
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (full(problems)) {
                    return;
                }
                values.validate(entry.getValue(), path + "." + entry.getKey(), problems);
            }
        }

        /** JSON-B writes {@code null} map values; the schema does not allow them, and an absent key means the same. */
        @Override
        public JsonValue project(JsonValue value) {
            if (!(value instanceof JsonObject object)) {
                return value;
            }
            JsonObjectBuilder projected = object();
            object.forEach((key, entry) -> {
                if (entry != JsonValue.NULL) {
                    projected.add(key, values.project(entry));
                }
            });
            return projected.build();
        }
    }

    /**
     * A value that may also be {@code null}: an output list element of a reference type, which JSON-B sends as
     * {@code null}. A plain scalar type becomes {@code "type": [T, "null"]}; anything else (an object, an enum, a
     * {@code $ref}) becomes {@code anyOf} with {@code {"type": "null"}}.
     */
    static final class NullableShape extends JsonShape {
        private final JsonShape value;

        NullableShape(JsonShape value) {
            this.value = value;
        }

        @Override
        JsonObject buildSchema() {
            JsonObject schema = value.schema();
            if (schema.get("type") instanceof JsonString type && !"object".equals(type.getString())
                    && !"array".equals(type.getString()) && !schema.containsKey("enum") && !schema.containsKey("const")) {
                return Json.PROVIDER.createObjectBuilder(schema)
                        .add("type", Json.PROVIDER.createArrayBuilder().add(type).add("null")).build();
            }
            return object().add("anyOf", Json.PROVIDER.createArrayBuilder().add(schema)
                    .add(object().add("type", "null"))).build();
        }

        @Override
        public void validate(JsonValue given, String path, List<String> problems) {
            if (given != JsonValue.NULL) {
                value.validate(given, path, problems);
            }
        }

        @Override
        public JsonValue project(JsonValue given) {
            return given == JsonValue.NULL ? given : value.project(given);
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
        public void validate(JsonValue given, String path, List<String> problems) {
            if (given != JsonValue.NULL) {
                value.validate(given, path, problems);
            }
        }

        @Override
        public JsonValue project(JsonValue given) {
            return given == JsonValue.NULL ? given : value.project(given);
        }

        /** The shape of the value inside. */
        JsonShape value() {
            return value;
        }

        @Override
        public boolean isOptional() {
            return true;
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
        public boolean isObject() {
            return type == ValueType.OBJECT;
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            if (type != null && value.getValueType() != type) {
                problems.add(path + ": expected " + buildSchema().getString("type") + ", got " + describe(value));
            }
        }
    }

    /** A shape that adds to another's schema only: it validates, projects and answers exactly like the one it wraps. */
    abstract static class WrappingShape extends JsonShape {
        final JsonShape shape;

        WrappingShape(JsonShape shape) {
            this.shape = shape;
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            shape.validate(value, path, problems);
        }

        @Override
        public JsonValue project(JsonValue value) {
            return shape.project(value);
        }

        @Override
        public boolean isObject() {
            return shape.isObject();
        }

        @Override
        public boolean isOptional() {
            return shape.isOptional();
        }
    }

    /** Another shape with a {@code description} and an example for the model; validates exactly like it. */
    public static final class DescribedShape extends WrappingShape {
        private final String description;
        private final JsonValue example;

        DescribedShape(JsonShape shape, String description, JsonValue example) {
            super(shape);
            this.description = description;
            this.example = example;
        }

        @Override
        JsonObject buildSchema() {
            JsonObjectBuilder schema = Json.PROVIDER.createObjectBuilder(shape.schema());
            if (description != null) {
                schema.add("description", description);
            }
            if (example != null) {
                schema.add("examples", Json.PROVIDER.createArrayBuilder().add(example));
            }
            return schema.build();
        }

    }

    /** A reference to a recursive type's definition under {@code $defs}; validates with the definition's shape. */
    static final class RefShape extends JsonShape {
        private final String name;
        private JsonShape target;

        RefShape(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        /** Called once, when the definition is complete (deploy time, before any use). */
        void resolve(JsonShape definition) {
            this.target = definition;
        }

        @Override
        JsonObject buildSchema() {
            return object().add("$ref", "#/$defs/" + name).build();
        }

        @Override
        public void validate(JsonValue value, String path, List<String> problems) {
            target.validate(value, path, problems);
        }

        @Override
        public JsonValue project(JsonValue value) {
            return target.project(value);
        }

        @Override
        public boolean isObject() {
            return target.isObject();
        }
    }

    /**
     * The shape of a whole value whose type is recursive: its schema is self-contained, with the definitions under
     * {@code $defs} (a root that is itself a reference is written out in place, so the root stays an object schema).
     */
    public static final class RootShape extends WrappingShape {
        public static final String DEFS = "$defs";

        private final Map<String, JsonShape> definitions;

        public RootShape(JsonShape shape, Map<String, JsonShape> definitions) {
            super(shape);
            this.definitions = Map.copyOf(definitions);
        }

        @Override
        JsonObject buildSchema() {
            JsonShape inline = shape instanceof RefShape reference ? reference.target : shape;
            JsonObjectBuilder defs = object();
            definitions.keySet().stream().sorted().forEach(name -> defs.add(name, definitions.get(name).schema()));
            return Json.PROVIDER.createObjectBuilder(inline.schema()).add(DEFS, defs).build();
        }

    }
}
