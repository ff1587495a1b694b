package dev.jeemcp.mcp.test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Arguments written as the JSON they stand for, without string gluing:
 * {@code obj("product", "HOME", "applicant", obj("age", 42, "smoker", false))}.
 */
public final class McpJson {

    private McpJson() {
    }

    /**
     * An object from alternating keys and values. A value is a String, a Boolean, an Integer or Long, a BigDecimal or
     * BigInteger (written exactly: no doubles, so what is sent is what the test reads), an enum (its name), a Map, a
     * Collection, a JsonValue, or {@code null}.
     */
    public static JsonObject obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a key without a value: " + Arrays.toString(keysAndValues));
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.add((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return object.build();
    }

    /** An array of such values. */
    public static JsonArray arr(Object... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object value : values) {
            array.add(value(value));
        }
        return array.build();
    }

    /** One such value as JSON. */
    public static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof BigInteger number) {
            return Json.createValue(number);
        }
        if (value instanceof Enum<?> constant) {
            return Json.createValue(constant.name());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((key, member) -> object.add(String.valueOf(key), value(member)));
            return object.build();
        }
        if (value instanceof Collection<?> collection) {
            return arr(collection.toArray());
        }
        throw new IllegalArgumentException("not a JSON value (use BigDecimal for decimals): " + value);
    }
}
