package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.Content;
import dev.jeemcp.mcp.cdi.internal.schema.DeploymentShapes;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Turns what a tool method returned into the body of a {@code CallToolResult}, as its declared return type says:
 * nothing for {@code void}, content blocks for {@link Content} or a collection of them, and structured content
 * described by an output schema for everything else. Chosen once at deploy time.
 *
 * <p>A method that answers later returns {@code CompletionStage<T>} (or {@code CompletableFuture<T>}): its result is
 * what the stage completes with, converted as a method returning {@code T} would be, with the same output schema.
 */
public final class ResultConverter {

    private static final System.Logger LOG = System.getLogger(ResultConverter.class.getName());

    private enum Kind { NONE, CONTENT, CONTENTS, STRUCTURED }

    private final Kind kind;
    private final JsonShape shape;
    private final JsonBinding binding;
    private final boolean later;

    private ResultConverter(Kind kind, JsonShape shape, JsonBinding binding) {
        this(kind, shape, binding, false);
    }

    private ResultConverter(Kind kind, JsonShape shape, JsonBinding binding, boolean later) {
        this.kind = kind;
        this.shape = shape;
        this.binding = binding;
        this.later = later;
    }

    /** @throws UnsupportedTypeException when the type has no JSON form */
    public static ResultConverter of(Type returnType, JsonBinding binding) throws UnsupportedTypeException {
        return of(returnType, null, binding, DeploymentShapes.forResults());
    }

    /**
     * @param annotated the annotated return type, for type-use annotations; {@code null} for none
     * @param shapes the deployment's shapes, which the result's types join
     */
    public static ResultConverter of(Type returnType, java.lang.reflect.AnnotatedType annotated, JsonBinding binding,
            DeploymentShapes shapes) throws UnsupportedTypeException {
        if (isStage(returnType)) {
            if (!(returnType instanceof ParameterizedType stage) || !(stage.getActualTypeArguments()[0] instanceof Class<?>
                    || stage.getActualTypeArguments()[0] instanceof ParameterizedType)) {
                throw new UnsupportedTypeException("a CompletionStage must name the type it completes with, as in"
                        + " CompletionStage<Quote>; " + returnType.getTypeName() + " does not");
            }
            Type value = stage.getActualTypeArguments()[0];
            if (isStage(value)) {
                throw new UnsupportedTypeException("a CompletionStage cannot complete with another stage: " + returnType.getTypeName());
            }
            java.lang.reflect.AnnotatedType annotatedValue = annotated instanceof AnnotatedParameterizedType p
                    ? p.getAnnotatedActualTypeArguments()[0] : null;
            ResultConverter converter = of(value, annotatedValue, binding, shapes);
            return new ResultConverter(converter.kind, converter.shape, binding, true);
        }
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
        return new ResultConverter(Kind.STRUCTURED, JsonShapes.output(shapes, returnType, annotated), binding);
    }

    /**
     * Whether the method returns a {@code CompletionStage}: the call answers when it completes, and
     * {@link #convert} converts what it completed with.
     */
    public boolean answersLater() {
        return later;
    }

    private static boolean isStage(Type type) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw instanceof Class<?> c && CompletionStage.class.isAssignableFrom(c);
    }

    /** The {@code outputSchema}, or {@code null} when the result has no structured content. */
    public JsonObject outputSchema() {
        return kind == Kind.STRUCTURED ? ToolResults.outputSchema(shape) : null;
    }

    /** @param tool the tool's name, for messages */
    public JsonObject convert(Object returned, String tool) {
        return switch (kind) {
            case NONE -> ToolResults.empty();
            case CONTENT -> ToolResults.content(returned == null ? java.util.List.of() : java.util.List.of((Content) returned));
            case CONTENTS -> ToolResults.content(returned == null ? java.util.List.of() : (Collection<?>) returned);
            case STRUCTURED -> returned == null && shape.isObject()
                    ? ToolResults.error("The tool returned no result")
                    : structured(returned, tool);
        };
    }

    /**
     * The value as JSON-B writes it, cut to what the output schema describes, and checked against it: a value that
     * still breaks the schema (a null list element, a non-finite number) is the tool's failure, reported as such and
     * logged, never a lie to a client that validates, nor a 500.
     */
    private JsonObject structured(Object returned, String tool) {
        JsonValue json;
        try {
            json = shape.project(binding.toJson(returned));
        } catch (RuntimeException e) { // JsonbException: NaN and infinities have no JSON form
            LOG.log(System.Logger.Level.WARNING, "Tool " + tool + " returned a value JSON-B cannot write", e);
            return ToolResults.error("Tool " + tool + " returned a result that cannot be written as JSON. The details are in the server log.");
        }
        List<String> problems = new ArrayList<>();
        if (json != JsonValue.NULL) {
            shape.validate(json, "result", problems);
        }
        if (!problems.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Tool " + tool + " returned a value its output schema does not allow: "
                    + String.join("; ", problems));
            return ToolResults.error("Tool " + tool + " returned a value its output schema does not allow. The details are in the server log.");
        }
        return ToolResults.success(json, shape.isObject());
    }
}
