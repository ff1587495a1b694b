package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes;
import dev.jeemcp.mcp.internal.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/** Builds the body of a {@code CallToolResult}. */
public final class ToolResults {

    private static final String RESULT = "result";

    private ToolResults() {
    }

    /**
     * A successful result: the value as {@code structuredContent} and as text. A value that is not a JSON object is
     * wrapped as {@code {"result": value}}, because clients of 2025-11-25 and earlier accept only objects there.
     */
    static JsonObject success(JsonValue value, boolean objectShaped) {
        JsonObject structured;
        if (objectShaped) {
            structured = value.asJsonObject();
        } else {
            var wrapper = Json.PROVIDER.createObjectBuilder();
            if (value != JsonValue.NULL) {
                wrapper.add(RESULT, value);
            }
            structured = wrapper.build();
        }
        String rendered = value instanceof JsonString s ? s.getString()
                : (objectShaped ? structured : value).toString();
        return Json.PROVIDER.createObjectBuilder()
                .add("content", Json.PROVIDER.createArrayBuilder().add(textBlock(rendered)))
                .add("structuredContent", structured)
                .add("isError", false)
                .build();
    }

    /** The result of a {@code void} tool: nothing to say beyond success. */
    static JsonObject empty() {
        return Json.PROVIDER.createObjectBuilder().add("content", Json.PROVIDER.createArrayBuilder()).add("isError", false).build();
    }

    /** A result made of content blocks the tool built itself. */
    static JsonObject content(java.util.Collection<?> blocks) {
        var array = Json.PROVIDER.createArrayBuilder();
        blocks.forEach(block -> array.add(((dev.jeemcp.mcp.Content) block).toJson()));
        return Json.PROVIDER.createObjectBuilder().add("content", array).add("isError", false).build();
    }

    /** A tool execution error whose message the model reads. */
    public static JsonObject error(String message) {
        return Json.PROVIDER.createObjectBuilder()
                .add("content", Json.PROVIDER.createArrayBuilder().add(textBlock(message)))
                .add("isError", true)
                .build();
    }

    /**
     * The output schema for a return shape: the schema itself for objects, else the {@code result} wrapper. The
     * wrapper never requires {@code result}: a null or empty {@code Optional} value leaves it out.
     */
    public static JsonObject outputSchema(JsonShape shape) {
        if (shape.isObject()) {
            return shape.schema();
        }
        JsonObject result = shape.schema();
        JsonObjectBuilder schema = Json.PROVIDER.createObjectBuilder().add("type", "object");
        // The definitions of recursive types belong at the root, where "#/$defs/..." points.
        if (result.containsKey(Shapes.RootShape.DEFS)) {
            schema.add(Shapes.RootShape.DEFS, result.get(Shapes.RootShape.DEFS));
            result = Json.PROVIDER.createObjectBuilder(result).remove(Shapes.RootShape.DEFS).build();
        }
        schema.add("properties", Json.PROVIDER.createObjectBuilder().add(RESULT, result));
        return schema.add("additionalProperties", false).build();
    }

    private static JsonObject textBlock(String text) {
        return Json.PROVIDER.createObjectBuilder().add("type", "text").add("text", text).build();
    }
}
