package dev.jeemcp.mcp.servlet.internal.protocol;

import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one JSON-P provider and its factories. {@code Json.createXxx} looks the provider up on every call, which
 * costs more than the parse itself on small messages, so everything here is resolved once.
 */
public final class JsonIo {

    public static final JsonProvider PROVIDER = Json.PROVIDER;
    /** Parsson's own limit, kept for providers without one. */
    static final int MAX_DEPTH = 1000;
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private JsonIo() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /**
     * Parses a text that must be exactly one JSON value, with no object holding a key twice.
     *
     * <p>The tree is built here from the parser's events rather than by {@code getValue()}: providers keep the last
     * of duplicate keys silently (Parsson unless configured, Johnzon, Yasson's default), and a gateway that
     * authorizes on the first {@code "name"} would see another tool than this server. Building it here makes the rule
     * the same on every provider.
     *
     * @throws RuntimeException when it is not: providers differ in what they throw (Parsson throws a bare
     *     {@code RuntimeException} for nesting deeper than 1,000), so callers treat any of them as a parse error
     * @throws DuplicateKeyException when an object holds a key twice
     */
    public static JsonValue parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            JsonValue value = read(parser);
            // JsonReader would silently ignore a second document after the first.
            if (parser.hasNext()) {
                throw new JsonException("content after the JSON value");
            }
            return value;
        }
    }

    /** An object with the same key twice: not interoperable JSON (RFC 8259, section 4), refused. */
    static final class DuplicateKeyException extends JsonException {
        private static final long serialVersionUID = 1L;

        DuplicateKeyException(String key) {
            super("key \"" + (key.length() > 64 ? key.substring(0, 64) + "…" : key) + "\" twice");
        }
    }

    /** One object or array being built. */
    private static final class Open {
        final JsonObjectBuilder object;
        final JsonArrayBuilder array;
        final Set<String> keys;
        String key;

        Open(boolean isObject) {
            object = isObject ? PROVIDER.createObjectBuilder() : null;
            array = isObject ? null : PROVIDER.createArrayBuilder();
            keys = isObject ? new HashSet<>() : null;
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }

    /** Reads one value from the parser's events, without recursion, refusing duplicate keys. */
    private static JsonValue read(JsonParser parser) {
        Deque<Open> open = new ArrayDeque<>();
        while (true) {
            JsonParser.Event event = parser.next();
            JsonValue done;
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new JsonException("nested deeper than " + MAX_DEPTH);
                    }
                    open.push(new Open(event == JsonParser.Event.START_OBJECT));
                    continue;
                }
                case KEY_NAME -> {
                    Open object = open.peek();
                    object.key = parser.getString();
                    if (!object.keys.add(object.key)) {
                        throw new DuplicateKeyException(object.key);
                    }
                    continue;
                }
                case END_OBJECT, END_ARRAY -> done = open.pop().build();
                case VALUE_TRUE -> done = JsonValue.TRUE;
                case VALUE_FALSE -> done = JsonValue.FALSE;
                case VALUE_NULL -> done = JsonValue.NULL;
                default -> done = parser.getValue(); // a string or a number
            }
            if (open.isEmpty()) {
                return done;
            }
            open.peek().add(done);
        }
    }

    /**
     * The value's text. A {@link WrittenJson} that is the value or its object's last member goes in as it was written
     * once: the bytes are the same as writing it whole.
     */
    public static String write(JsonStructure value) {
        if (value instanceof WrittenJson written) {
            return written.text();
        }
        if (value instanceof JsonObject object && !object.isEmpty()) {
            String spliced = withLastWritten(object);
            if (spliced != null) {
                return spliced;
            }
        }
        return writeWhole(value);
    }

    /**
     * The object's text when its last member is a {@link WrittenJson}, or {@code null}: the members are written with
     * {@code null} in that member's place (the writer's own bytes for every key and separator), then the {@code null}
     * is replaced by the member's text.
     */
    private static String withLastWritten(JsonObject object) {
        Map.Entry<String, JsonValue> last = null;
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            last = entry;
        }
        if (!(last.getValue() instanceof WrittenJson written)) {
            return null;
        }
        JsonObjectBuilder rest = PROVIDER.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            rest.add(entry.getKey(), entry.getKey().equals(last.getKey()) ? JsonValue.NULL : entry.getValue());
        }
        String text = writeWhole(rest.build());
        if (!text.endsWith(":null}")) {
            return null; // a writer that formats differently: write the whole
        }
        return text.substring(0, text.length() - "null}".length()) + written.text() + "}";
    }

    private static String writeWhole(JsonStructure value) {
        StringWriter out = new StringWriter(256);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
