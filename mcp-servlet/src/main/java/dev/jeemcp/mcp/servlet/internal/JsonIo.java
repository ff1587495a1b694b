package dev.jeemcp.mcp.servlet.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * The one JSON-P provider and its factories. {@code Json.createXxx} looks the provider up on every call, which
 * costs more than the parse itself on small messages, so everything here is resolved once.
 */
final class JsonIo {

    static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private JsonIo() {
    }

    static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    static JsonValue string(String value) {
        return PROVIDER.createValue(value);
    }

    /**
     * Parses a text that must be exactly one JSON value.
     *
     * @throws RuntimeException when it is not: providers differ in what they throw (Parsson throws a bare
     *     {@code RuntimeException} for nesting deeper than 1,000), so callers treat any of them as a parse error
     */
    static JsonValue parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            // JsonReader would silently ignore a second document after the first.
            if (parser.hasNext()) {
                throw new JsonException("content after the JSON value");
            }
            return value;
        }
    }

    static String write(JsonStructure value) {
        StringWriter out = new StringWriter(256);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    static JsonObject emptyObject() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
