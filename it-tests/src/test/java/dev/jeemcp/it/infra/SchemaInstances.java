package dev.jeemcp.it.infra;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes a small, deterministic instance of a JSON schema, as a model would from a tool's {@code inputSchema}: the
 * minimal one (required properties only, empty arrays, numbers as close to 0 as the bounds allow) or the full one
 * (every property, one element per array and map). A string with a {@code pattern} takes an id seen earlier when the
 * pattern is a handle's (looked up through {@code ids}), else the first of a few stock values that matches; when none
 * does, there is no instance and {@link NoInstance} says why.
 */
public final class SchemaInstances {

    /** Why no instance could be made; the sweep reports the tool as skipped with this reason. */
    static final class NoInstance extends Exception {
        NoInstance(String reason) {
            super(reason);
        }
    }

    /** Tried in this order against a pattern: the first that matches is used (a region zone before a bare Z). */
    private static final List<String> STOCK_STRINGS = List.of("a", "1011", "A", "0", "2026-01-31", "2026-01-31T10:15:30",
            "2026-03-29T03:30:00+02:00[Europe/Zurich]", "2026-01-31T10:15:30Z", "10:15:30", "a@example.com", "PT1S", "-PT1.5S");
    private static final Map<String, String> FORMATS = Map.of("date", "2026-01-31", "date-time", "2026-01-31T10:15:30Z",
            "time", "10:15:30Z", "duration", "PT1M30S", "uuid", "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "email", "a@example.com",
            "uri", "https://example.com/a", "int32", "0", "int64", "0");
    private static final int MAX_DEPTH = 64;

    private final JsonObject root;
    private final boolean full;
    private final Function<Pattern, Optional<String>> ids;

    SchemaInstances(JsonObject root, boolean full, Function<Pattern, Optional<String>> ids) {
        this.root = root;
        this.full = full;
        this.ids = ids;
    }

    JsonValue instance() throws NoInstance {
        return instance(root, "", 0);
    }

    private JsonValue instance(JsonObject schema, String path, int depth) throws NoInstance {
        if (depth > MAX_DEPTH) {
            throw new NoInstance("schema nests deeper than " + MAX_DEPTH + " at " + path);
        }
        if (schema.containsKey("$ref")) {
            return instance(resolve(schema.getString("$ref")), path, depth + 1);
        }
        if (schema.containsKey("const")) {
            return schema.get("const");
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        for (String choice : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.containsKey(choice)) {
                return instance(schema.getJsonArray(choice).getJsonObject(0), path, depth + 1);
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema, path, depth);
            case "array" -> array(schema, path, depth);
            case "string" -> string(schema, path);
            case "integer" -> number(schema, true);
            case "number" -> number(schema, false);
            case "boolean" -> full ? JsonValue.TRUE : JsonValue.FALSE;
            case "null" -> JsonValue.NULL;
            default -> Json.createObjectBuilder().build(); // no type at all: anything is valid
        };
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString text) {
            return text.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return schema.containsKey("properties") ? "object" : "any";
    }

    private JsonObject resolve(String ref) throws NoInstance {
        if (!ref.startsWith("#/")) {
            throw new NoInstance("$ref " + ref + " is not local");
        }
        JsonValue target = root.getValue(ref.substring(1));
        if (!(target instanceof JsonObject object)) {
            throw new NoInstance("$ref " + ref + " does not name a schema");
        }
        return object;
    }

    private JsonValue object(JsonObject schema, String path, int depth) throws NoInstance {
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        List<String> required = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        if (properties != null) {
            for (var property : properties.entrySet()) {
                if (full || required.contains(property.getKey())) {
                    object.add(property.getKey(), instance(property.getValue().asJsonObject(), path + "." + property.getKey(), depth + 1));
                }
            }
        }
        JsonValue additional = schema.get("additionalProperties");
        if (additional instanceof JsonObject entries && (full || schema.getInt("minProperties", 0) > 0)) {
            object.add("key", instance(entries, path + ".key", depth + 1));
        }
        return object.build();
    }

    private JsonValue array(JsonObject schema, String path, int depth) throws NoInstance {
        int count = Math.max(schema.getInt("minItems", 0), full ? 1 : 0);
        if (count > 1 && schema.getBoolean("uniqueItems", false)) {
            throw new NoInstance(path + " needs " + count + " distinct items");
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        JsonObject items = schema.containsKey("items") ? schema.getJsonObject("items") : JsonValue.EMPTY_JSON_OBJECT;
        for (int i = 0; i < count; i++) {
            array.add(instance(items, path + "[" + i + "]", depth + 1));
        }
        return array.build();
    }

    private JsonValue string(JsonObject schema, String path) throws NoInstance {
        int min = schema.getInt("minLength", 0);
        int max = schema.getInt("maxLength", Integer.MAX_VALUE);
        if (schema.containsKey("pattern")) {
            Pattern pattern = Pattern.compile(schema.getString("pattern"));
            Optional<String> id = ids.apply(pattern);
            if (id.isPresent()) {
                return Json.createValue(id.get());
            }
            return STOCK_STRINGS.stream().filter(s -> pattern.matcher(s).find() && s.length() >= min && s.length() <= max)
                    .findFirst().map(s -> (JsonValue) Json.createValue(s))
                    .orElseThrow(() -> new NoInstance("no value known for " + path + " matching " + pattern
                            + " (a handle id needs a tool that returns one called first)"));
        }
        if (schema.containsKey("format") && FORMATS.containsKey(schema.getString("format"))) {
            return Json.createValue(FORMATS.get(schema.getString("format")));
        }
        return Json.createValue("a".repeat(Math.min(Math.max(min, 1), max)));
    }

    private static JsonValue number(JsonObject schema, boolean integer) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
        if (schema.get("minimum") instanceof JsonNumber min && value.compareTo(min.bigDecimalValue()) < 0) {
            value = min.bigDecimalValue();
        }
        if (schema.get("exclusiveMinimum") instanceof JsonNumber min && value.compareTo(min.bigDecimalValue()) <= 0) {
            value = min.bigDecimalValue().add(step);
        }
        if (schema.get("maximum") instanceof JsonNumber max && value.compareTo(max.bigDecimalValue()) > 0) {
            value = max.bigDecimalValue();
        }
        if (schema.get("exclusiveMaximum") instanceof JsonNumber max && value.compareTo(max.bigDecimalValue()) >= 0) {
            value = max.bigDecimalValue().subtract(step);
        }
        if (integer) {
            value = value.setScale(0, java.math.RoundingMode.CEILING);
        }
        return Json.createValue(value);
    }
}
