package dev.jeemcp.mcp.servlet.internal.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.AbstractMap;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable JSON object together with its text as {@link JsonIo#write} writes it, written once. A result that the
 * same callers get again and again (a {@code tools/list} page) is kept in this form, so that answering it costs no
 * serialization: {@link JsonIo#write} puts the text in as it stands wherever the object is the whole value or the
 * last member of the value written (the {@code result} of a JSON-RPC response). Everything else sees an ordinary
 * {@link JsonObject}.
 */
public final class WrittenJson extends AbstractMap<String, JsonValue> implements JsonObject {

    private final JsonObject object;
    private final String text;
    /** The object's one decoration (see {@link #decorated}), made on first use; a race only makes it twice. */
    private volatile WrittenJson decorated;

    private WrittenJson(JsonObject object) {
        this.object = object;
        this.text = JsonIo.write(object);
    }

    /** The object, written now. */
    public static WrittenJson of(JsonObject object) {
        return new WrittenJson(object instanceof WrittenJson written ? written.object : object);
    }

    /** Its text, exactly what {@link JsonIo#write} gives for the object. */
    public String text() {
        return text;
    }

    /**
     * The object with the decoration its owner always applies to it (the 2026-07-28 result members the dispatcher
     * adds), written once too. The owner must apply the same decoration every time: the first one is kept.
     */
    public WrittenJson decorated(UnaryOperator<JsonObject> decoration) {
        WrittenJson done = decorated;
        if (done == null) {
            done = of(decoration.apply(object));
            decorated = done;
        }
        return done;
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return object.entrySet();
    }

    @Override
    public JsonValue get(Object key) {
        return object.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return object.containsKey(key);
    }

    @Override
    public int size() {
        return object.size();
    }

    @Override
    public JsonArray getJsonArray(String name) {
        return object.getJsonArray(name);
    }

    @Override
    public JsonObject getJsonObject(String name) {
        return object.getJsonObject(name);
    }

    @Override
    public JsonNumber getJsonNumber(String name) {
        return object.getJsonNumber(name);
    }

    @Override
    public JsonString getJsonString(String name) {
        return object.getJsonString(name);
    }

    @Override
    public String getString(String name) {
        return object.getString(name);
    }

    @Override
    public String getString(String name, String defaultValue) {
        return object.getString(name, defaultValue);
    }

    @Override
    public int getInt(String name) {
        return object.getInt(name);
    }

    @Override
    public int getInt(String name, int defaultValue) {
        return object.getInt(name, defaultValue);
    }

    @Override
    public boolean getBoolean(String name) {
        return object.getBoolean(name);
    }

    @Override
    public boolean getBoolean(String name, boolean defaultValue) {
        return object.getBoolean(name, defaultValue);
    }

    @Override
    public boolean isNull(String name) {
        return object.isNull(name);
    }

    @Override
    public ValueType getValueType() {
        return ValueType.OBJECT;
    }

    @Override
    public String toString() {
        return text;
    }
}
