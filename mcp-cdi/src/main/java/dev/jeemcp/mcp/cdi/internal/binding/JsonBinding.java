package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Binds validated JSON arguments to Java values and return values back to JSON, with the container's JSON-B. The
 * common scalar cases skip JSON-B, whose round trip through text costs more than the call it serves.
 *
 * <p>JSON-B sees the properties the schema describes: lazy JPA associations are neither read nor written
 * ({@link JpaAwareVisibility}).
 *
 * <p>One instance per deployment; {@link Jsonb} is thread-safe. The two JSON-B instances are made on first use:
 * making one costs a service lookup and JSON-B's cold start (a tenth of the discovery of 500 tools), and a deployment
 * whose tools take and return only scalars never needs one. They are made with the application's class loader as the
 * context class loader, whichever thread needs them first (a stage may complete on a pool thread whose loader finds
 * no provider, or the server's instead of the application's).
 */
public final class JsonBinding {

    /** The application's, as the constructor runs at deploy time: JSON-B finds its provider through it. */
    private final ClassLoader applicationLoader = Thread.currentThread().getContextClassLoader();
    /** Two, because which public fields JSON-B's default shows depends on the direction ({@link JpaAwareVisibility}). */
    private final LazyJsonb reader = new LazyJsonb(false);
    private final LazyJsonb writer = new LazyJsonb(true);

    /** @throws IllegalArgumentException when JSON-B cannot bind the value, which validation should have prevented */
    public Object fromJson(JsonValue value, Type type) {
        if (type == String.class && value instanceof JsonString s) {
            return s.getString();
        }
        if ((type == int.class || type == Integer.class) && value instanceof JsonNumber n) {
            return n.intValueExact();
        }
        if ((type == long.class || type == Long.class) && value instanceof JsonNumber n) {
            return n.longValueExact();
        }
        if ((type == boolean.class || type == Boolean.class) && (value == JsonValue.TRUE || value == JsonValue.FALSE)) {
            return value == JsonValue.TRUE;
        }
        if (type == BigDecimal.class && value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (type instanceof Class<?> c && JsonValue.class.isAssignableFrom(c)) {
            return value;
        }
        try {
            return reader.get().fromJson(value.toString(), type);
        } catch (JsonbException | ArithmeticException e) {
            throw new IllegalArgumentException("cannot bind to " + type.getTypeName(), e);
        }
    }

    /** The JSON form of a return value. */
    public JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return Json.PROVIDER.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.PROVIDER.createValue(((Number) value).longValue());
        }
        try (var reader = Json.PROVIDER.createReader(new StringReader(writer.get().toJson(value)))) {
            return reader.readValue();
        }
    }

    /** A JSON-B instance made on first use, once. */
    private final class LazyJsonb {
        private final boolean writing;
        private volatile Jsonb jsonb;

        LazyJsonb(boolean writing) {
            this.writing = writing;
        }

        Jsonb get() {
            Jsonb made = jsonb;
            if (made == null) {
                synchronized (this) {
                    if (jsonb == null) {
                        jsonb = create();
                    }
                    made = jsonb;
                }
            }
            return made;
        }

        private Jsonb create() {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(applicationLoader);
            try {
                return JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new JpaAwareVisibility(writing)));
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }
}
