package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.cdi.internal.binding.ArgumentValidation;
import dev.jeemcp.mcp.cdi.internal.binding.HandleArgument;
import dev.jeemcp.mcp.cdi.internal.binding.JsonArgument;
import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.binding.RequestArgument;
import dev.jeemcp.mcp.cdi.internal.binding.ResultConverter;
import dev.jeemcp.mcp.cdi.internal.binding.ToolArgument;
import dev.jeemcp.mcp.cdi.internal.binding.Validators;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.cdi.internal.features.TaskPolicy;
import dev.jeemcp.mcp.cdi.internal.features.TaskStarter;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodNames;
import dev.jeemcp.mcp.cdi.internal.limits.RateGate;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimit;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.cdi.internal.schema.DeploymentShapes;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import dev.jeemcp.mcp.cdi.internal.schema.Shapes;
import dev.jeemcp.mcp.cdi.internal.schema.UnsupportedTypeException;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.internal.Json;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns an {@code @McpTool} method into a {@link ToolMethod}, or explains in one sentence, naming the method, why it
 * cannot be one. Runs at deploy time only.
 *
 * <p>Annotations are read from the CDI model ({@code AnnotatedMethod} and its parameters), so that an extension that
 * changes the annotated type is honoured; Java reflection serves only what CDI does not model: parameter names,
 * generic and annotated types (type-use annotations), and the Bean Validation constraints the schema mirrors, which
 * the validator itself reads by reflection.
 */
final class ToolFactory {

    /** The tool name rule of the 2025-11-25 and 2026-07-28 revisions. */
    static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final JsonBinding binding;
    private final Validators validators;
    private final DeploymentShapes shapes;
    private BeanManager beanManager;

    /** @param shapes the deployment's input bounds, read once, and the types its tools have derived so far */
    ToolFactory(JsonBinding binding, Validators validators, DeploymentShapes shapes) {
        this.binding = binding;
        this.validators = validators;
        this.shapes = shapes;
    }

    /**
     * @throws DefinitionException naming the class and method when the method cannot be a tool
     */
    ToolMethod create(AnnotatedMethod<?> annotated, BeanManager beanManager, Bean<?> bean, Supplier<MethodInvoker> invoker,
            TaskStarter tasks, AuditTrail trail, RateGate rateGate) {
        this.beanManager = beanManager;
        Method method = annotated.getJavaMember();
        McpTool tool = annotated.getAnnotation(McpTool.class);
        String name = tool.name().isEmpty() ? method.getName() : tool.name();
        if (!TOOL_NAME.matcher(name).matches()) {
            throw MethodNames.invalid(method, "the tool name \"" + name + "\" must be 1 to 128 characters of A-Z, a-z, 0-9, '_', '-' and '.'");
        }
        if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            throw MethodNames.invalid(method, "a tool method must be public and not static, so it can be called through the bean");
        }
        List<ToolArgument> arguments = new ArrayList<>();
        Set<String> sensitive = new HashSet<>();
        // Reflection builds these anew on every call, all parameters at once: once per method, not once per parameter.
        Parameter[] parameters = method.getParameters();
        AnnotatedType[] annotatedTypes = method.getAnnotatedParameterTypes();
        Annotation[][] parameterAnnotations = method.getParameterAnnotations();
        for (AnnotatedParameter<?> parameter : annotated.getParameters()) {
            int position = parameter.getPosition();
            ToolArgument argument = argument(method, parameter, parameters[position], annotatedTypes[position],
                    new DeclaredAnnotations(parameterAnnotations[position]));
            arguments.add(argument);
            McpParam param = parameter.getAnnotation(McpParam.class);
            if (param != null && param.sensitive() && argument.name() != null) {
                sensitive.add(argument.name());
            }
        }
        // Loops, not streams, on this path: it runs once per tool while the code is still cold.
        List<String> argumentNames = new ArrayList<>(arguments.size());
        Set<String> names = new HashSet<>();
        for (ToolArgument argument : arguments) {
            argumentNames.add(argument.name());
            if (argument.name() != null && !names.add(argument.name())) {
                throw MethodNames.invalid(method, "two parameters have the same argument name");
            }
        }
        ResultConverter result = resultConverter(method);
        TaskPolicy task = TaskPolicy.of(annotated, tool);
        if (task != null && result.answersLater()) {
            // A run would block a managed thread on the stage, and the stage's work may be queued behind it on that
            // same executor (Payara's default runs one task at a time): a task needs no stage to run in the background.
            throw MethodNames.invalid(method, "an @McpTask tool runs in the background already and cannot return a"
                    + " CompletionStage: return the result itself");
        }
        RateLimit rateLimit = null;
        McpRateLimit declared = annotated.getAnnotation(McpRateLimit.class);
        if (declared != null) {
            String[] problem = new String[1];
            rateLimit = RateLimit.of(declared, problem);
            if (rateLimit == null) {
                throw MethodNames.invalid(method, problem[0]);
            }
        }
        JsonObject outputSchema = result.outputSchema();
        if (!tool.outputSchema().isEmpty()) {
            if (outputSchema == null) {
                throw MethodNames.invalid(method, "outputSchema is set, but the method returns no structured content");
            }
            outputSchema = objectSchema(method, "outputSchema", tool.outputSchema());
        }
        JsonObject definition = definition(method, name, tool, arguments, outputSchema);
        if (!tool.inputSchema().isEmpty()) {
            definition = Json.PROVIDER.createObjectBuilder(definition)
                    .add("inputSchema", inputSchema(method, tool.inputSchema(), definition.getJsonObject("inputSchema"))).build();
        }
        return new ToolMethod(name, MethodNames.describe(method), definition, arguments, result,
                invoker.get(), binding, AccessRule.of(annotated, tool.rolesAllowed()),
                task, tasks, new ArgumentValidation(validators, beanManager, bean, method, Collections.unmodifiableList(argumentNames)),
                trail, sensitive, rateLimit, rateGate);
    }

    private ToolArgument argument(Method method, AnnotatedParameter<?> annotated, Parameter parameter,
            AnnotatedType annotatedType, DeclaredAnnotations declared) {
        if (parameter.getType() == McpRequest.class) {
            return RequestArgument.INSTANCE;
        }
        if (parameter.getType() == Handle.class) {
            return handleArgument(method, parameter, annotated);
        }
        McpParam param = annotated.getAnnotation(McpParam.class);
        String name = param != null && !param.name().isEmpty() ? param.name() : null;
        if (name == null) {
            if (!parameter.isNamePresent()) {
                throw MethodNames.invalid(method, "parameter " + annotated.getPosition() + " has no name: compile with -parameters or add @McpParam(name = ...)");
            }
            name = parameter.getName();
        }
        Type type = annotated.getBaseType();
        JsonShape shape;
        try {
            shape = JsonShapes.of(shapes, type, annotatedType, declared);
        } catch (UnsupportedTypeException e) {
            throw MethodNames.invalid(method, "parameter \"" + name + "\" cannot be a tool argument: " + e.getMessage());
        }
        JsonValue defaultValue = param == null || param.defaultValue().isEmpty() ? null : defaultValue(method, name, type, shape, param.defaultValue());
        boolean required = !shape.isOptional() && defaultValue == null && (param == null || param.required());
        if (!required && defaultValue == null && parameter.getType().isPrimitive()) {
            throw MethodNames.invalid(method, "parameter \"" + name + "\" is primitive and so cannot be optional; use its wrapper type");
        }
        JsonObject schema = param != null && !param.schema().isEmpty()
                ? objectSchema(method, "the schema of parameter \"" + name + "\"", param.schema()) : shape.schema();
        if (param != null && !param.description().isEmpty()) {
            String notes = schema.getString("description", ""); // what a constraint without a keyword adds
            schema = Json.PROVIDER.createObjectBuilder(schema)
                    .add("description", param.description() + (notes.isEmpty() ? "" : " " + notes)).build();
        }
        if (defaultValue != null) {
            schema = Json.PROVIDER.createObjectBuilder(schema).add("default", defaultValue).build();
        }
        if (param != null && !param.header().isEmpty()) {
            String jsonType = schema.getString("type", "");
            if (!HEADER_NAME.matcher(param.header()).matches() || !List.of("string", "integer", "boolean").contains(jsonType)) {
                throw MethodNames.invalid(method, "parameter \"" + name + "\" cannot be mirrored in header " + param.header()
                        + ": only string, integer and boolean arguments can, under a name of letters, digits and '-'");
            }
            schema = Json.PROVIDER.createObjectBuilder(schema).add("x-mcp-header", param.header()).build();
        }
        return new JsonArgument(name, type, shape, required, schema, defaultValue);
    }

    /** A parameter's default, checked now against its shape and binding, so that no call finds it wrong. */
    private JsonValue defaultValue(Method method, String name, Type type, JsonShape shape, String text) {
        JsonValue value;
        try (JsonReader reader = Json.PROVIDER.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw MethodNames.invalid(method, "the defaultValue of parameter \"" + name + "\" is not JSON: " + text);
        }
        List<String> problems = new ArrayList<>();
        shape.validate(value, name, problems);
        if (!problems.isEmpty()) {
            throw MethodNames.invalid(method, "the defaultValue of parameter \"" + name + "\" breaks its schema: " + String.join("; ", problems));
        }
        try {
            binding.fromJson(value, type);
        } catch (IllegalArgumentException e) {
            throw MethodNames.invalid(method, "the defaultValue of parameter \"" + name + "\" cannot be bound to " + type.getTypeName());
        }
        return value;
    }

    /**
     * A schema the developer wrote: JSON text, or a resource path beginning with {@code /} on the class path of the
     * method's class. It must be a JSON object.
     */
    private static JsonObject objectSchema(Method method, String what, String text) {
        String json = text.strip();
        if (json.startsWith("/")) {
            try (InputStream resource = method.getDeclaringClass().getResourceAsStream(json)) {
                if (resource == null) {
                    throw MethodNames.invalid(method, what + " names the resource " + json + ", which is not on the class path");
                }
                json = new String(resource.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw MethodNames.invalid(method, what + " names the resource " + json + ", which cannot be read");
            }
        }
        try (JsonReader reader = Json.PROVIDER.createReader(new StringReader(json))) {
            JsonValue schema = reader.readValue();
            if (schema instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // refused below
        }
        throw MethodNames.invalid(method, what + " is not a JSON object");
    }

    /**
     * A whole input schema the developer wrote, checked against the method: an object schema whose properties are
     * exactly the arguments and which requires every argument the method requires.
     */
    private static JsonObject inputSchema(Method method, String text, JsonObject derived) {
        JsonObject schema = objectSchema(method, "inputSchema", text);
        if (!"object".equals(schema.get("type") instanceof JsonString type ? type.getString() : null)) {
            throw MethodNames.invalid(method, "inputSchema must have \"type\": \"object\"");
        }
        JsonObject properties = schema.get("properties") instanceof JsonObject given ? given : JsonValue.EMPTY_JSON_OBJECT;
        if (!properties.keySet().equals(derived.getJsonObject("properties").keySet())) {
            throw MethodNames.invalid(method, "the properties of inputSchema " + properties.keySet() + " must be the method's arguments "
                    + derived.getJsonObject("properties").keySet());
        }
        List<String> required = schema.get("required") instanceof JsonArray names
                ? names.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
        if (derived.containsKey("required")) {
            for (JsonString needed : derived.getJsonArray("required").getValuesAs(JsonString.class)) {
                if (!required.contains(needed.getString())) {
                    throw MethodNames.invalid(method, "inputSchema must require \"" + needed.getString() + "\", which the method requires");
                }
            }
        }
        return schema;
    }

    private HandleArgument handleArgument(Method method, Parameter parameter, AnnotatedParameter<?> annotated) {
        McpParam param = annotated.getAnnotation(McpParam.class);
        String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getName();
        if (!(parameter.getParameterizedType() instanceof ParameterizedType handle)
                || !(handle.getActualTypeArguments()[0] instanceof Class<?> valueType)) {
            throw MethodNames.invalid(method, "parameter \"" + name + "\" must name its value type, as in Handle<Quote>");
        }
        try {
            return new HandleArgument(name, valueType, param == null || param.required(),
                    param == null ? "" : param.description(), beanManager);
        } catch (IllegalArgumentException e) {
            throw MethodNames.invalid(method, "parameter \"" + name + "\" is not a handle: " + e.getMessage());
        }
    }

    private ResultConverter resultConverter(Method method) {
        try {
            return ResultConverter.of(method.getGenericReturnType(), method.getAnnotatedReturnType(), binding, shapes);
        } catch (UnsupportedTypeException e) {
            throw MethodNames.invalid(method, "the return type cannot be a tool result: " + e.getMessage());
        }
    }

    private static JsonObject definition(Method method, String name, McpTool tool, List<ToolArgument> arguments, JsonObject outputSchema) {
        var json = Json.PROVIDER;
        JsonObjectBuilder described = json.createObjectBuilder();
        List<String> required = new ArrayList<>();
        arguments.forEach(argument -> argument.describe(described, required));
        // The definitions of recursive types move to the root, where "#/$defs/..." points.
        JsonObjectBuilder properties = json.createObjectBuilder();
        Map<String, JsonValue> definitions = new TreeMap<>();
        for (Map.Entry<String, JsonValue> property : described.build().entrySet()) {
            JsonObject schema = property.getValue().asJsonObject();
            if (schema.get(Shapes.RootShape.DEFS) instanceof JsonObject defs) {
                for (Map.Entry<String, JsonValue> definition : defs.entrySet()) {
                    JsonValue before = definitions.putIfAbsent(definition.getKey(), definition.getValue());
                    if (before != null && !before.equals(definition.getValue())) {
                        throw MethodNames.invalid(method, "two arguments use different types named " + definition.getKey() + "; rename one");
                    }
                }
                schema = json.createObjectBuilder(schema).remove(Shapes.RootShape.DEFS).build();
            }
            properties.add(property.getKey(), schema);
        }
        JsonObjectBuilder input = json.createObjectBuilder().add("type", "object").add("properties", properties);
        if (!definitions.isEmpty()) {
            input.add(Shapes.RootShape.DEFS, json.createObjectBuilder(definitions));
        }
        if (!required.isEmpty()) {
            input.add("required", json.createArrayBuilder(required));
        }
        input.add("additionalProperties", false);

        JsonObjectBuilder definition = json.createObjectBuilder().add("name", name);
        if (!tool.title().isEmpty()) {
            definition.add("title", tool.title());
        }
        if (!tool.description().isEmpty()) {
            definition.add("description", tool.description());
        }
        definition.add("inputSchema", input);
        if (outputSchema != null) {
            definition.add("outputSchema", outputSchema);
        }
        JsonObjectBuilder hints = json.createObjectBuilder();
        if (!tool.title().isEmpty()) {
            hints.add("title", tool.title());
        }
        hints.add("readOnlyHint", tool.readOnly())
                .add("destructiveHint", !tool.readOnly() && tool.destructive())
                .add("idempotentHint", tool.idempotent())
                .add("openWorldHint", tool.openWorld());
        return definition.add("annotations", hints).build();
    }

    /**
     * A parameter's own annotations, as the declaration whose constraints its schema mirrors (Bean Validation reads
     * the same ones by reflection). {@code Parameter.getAnnotations()} parses the annotations of all the method's
     * parameters again on every call; these are parsed once per method.
     */
    private static final class DeclaredAnnotations implements AnnotatedElement {

        private final Annotation[] annotations;

        DeclaredAnnotations(Annotation[] annotations) {
            this.annotations = annotations;
        }

        @Override
        public <T extends Annotation> T getAnnotation(Class<T> type) {
            for (Annotation annotation : annotations) {
                if (annotation.annotationType() == type) {
                    return type.cast(annotation);
                }
            }
            return null;
        }

        @Override
        public Annotation[] getAnnotations() {
            return annotations.clone();
        }

        @Override
        public Annotation[] getDeclaredAnnotations() {
            return annotations.clone();
        }
    }
}
