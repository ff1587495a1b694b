package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.server.Content;
import jakarta.json.JsonObject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * Turns what a tool method returned into the body of a {@code CallToolResult}, as its declared return type says:
 * nothing for {@code void}, content blocks for {@link Content} or a collection of them, and structured content
 * described by an output schema for everything else. Chosen once at deploy time.
 */
final class ResultConverter {

    private enum Kind { NONE, CONTENT, CONTENTS, STRUCTURED }

    private final Kind kind;
    private final JsonShape shape;
    private final JsonBinding binding;

    private ResultConverter(Kind kind, JsonShape shape, JsonBinding binding) {
        this.kind = kind;
        this.shape = shape;
        this.binding = binding;
    }

    /** @throws UnsupportedTypeException when the type has no JSON form */
    static ResultConverter of(Type returnType, JsonBinding binding) throws UnsupportedTypeException {
        if (returnType == void.class || returnType == Void.class) {
            return new ResultConverter(Kind.NONE, null, binding);
        }
        if (returnType == Content.class) {
            return new ResultConverter(Kind.CONTENT, null, binding);
        }
        if (returnType instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] == Content.class) {
            return new ResultConverter(Kind.CONTENTS, null, binding);
        }
        return new ResultConverter(Kind.STRUCTURED, JsonShapes.of(returnType), binding);
    }

    /** The {@code outputSchema}, or {@code null} when the result has no structured content. */
    JsonObject outputSchema() {
        return kind == Kind.STRUCTURED ? ToolResults.outputSchema(shape) : null;
    }

    JsonObject convert(Object returned) {
        return switch (kind) {
            case NONE -> ToolResults.empty();
            case CONTENT -> ToolResults.content(returned == null ? java.util.List.of() : java.util.List.of((Content) returned));
            case CONTENTS -> ToolResults.content(returned == null ? java.util.List.of() : (Collection<?>) returned);
            case STRUCTURED -> returned == null && shape.isObject()
                    ? ToolResults.error("The tool returned no result")
                    : ToolResults.success(binding.toJson(returned), shape.isObject());
        };
    }
}
