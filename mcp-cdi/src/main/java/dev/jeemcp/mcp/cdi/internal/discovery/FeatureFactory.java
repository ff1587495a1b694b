package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import static dev.jeemcp.mcp.cdi.internal.invocation.MethodNames.describe;

import dev.jeemcp.mcp.Content;
import dev.jeemcp.mcp.McpCompletion;
import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpPrompt;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpResource;
import dev.jeemcp.mcp.PromptMessage;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.cdi.internal.features.Completions;
import dev.jeemcp.mcp.cdi.internal.features.PromptMethod;
import dev.jeemcp.mcp.cdi.internal.features.ResourceMethod;
import dev.jeemcp.mcp.cdi.internal.features.UriTemplate;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.internal.Json;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns {@code @McpPrompt}, {@code @McpResource} and {@code @McpCompletion} methods into their runtime form, or
 * explains in one sentence, naming the method, why it cannot be. Runs at deploy time only. Annotations are read as
 * {@link ToolFactory} reads them.
 */
final class FeatureFactory {

    private FeatureFactory() {
    }

    static PromptMethod prompt(AnnotatedMethod<?> annotated, Supplier<MethodInvoker> invoker, AuditTrail trail) {
        Method method = callable(annotated.getJavaMember(), "@McpPrompt");
        McpPrompt prompt = annotated.getAnnotation(McpPrompt.class);
        String name = prompt.name().isEmpty() ? method.getName() : prompt.name();
        if (!ToolFactory.TOOL_NAME.matcher(name).matches()) {
            throw invalid("@McpPrompt", method, "the prompt name \"" + name + "\" must be 1 to 128 characters of A-Z, a-z, 0-9, '_', '-' and '.'");
        }
        Type returned = method.getGenericReturnType();
        if (returned != String.class && returned != Content.class && returned != PromptMessage.class && !isListOf(returned, PromptMessage.class)) {
            throw invalid("@McpPrompt", method, "a prompt returns String, Content, PromptMessage or List<PromptMessage>");
        }
        List<PromptMethod.Parameter> parameters = new ArrayList<>();
        var arguments = Json.PROVIDER.createArrayBuilder();
        for (AnnotatedParameter<?> annotatedParameter : annotated.getParameters()) {
            Parameter parameter = method.getParameters()[annotatedParameter.getPosition()];
            if (parameter.getType() == McpRequest.class) {
                parameters.add(new PromptMethod.Parameter(null, false, false, false));
                continue;
            }
            boolean optional = isOptionalOf(parameter.getParameterizedType(), String.class);
            if (parameter.getType() != String.class && !optional) {
                throw invalid("@McpPrompt", method, "prompt arguments are strings, so parameter " + parameter.getName()
                        + " must be String or Optional<String>");
            }
            McpParam param = annotatedParameter.getAnnotation(McpParam.class);
            String argument = argumentName(method, parameter, param, "@McpPrompt");
            boolean required = !optional && (param == null || param.required());
            parameters.add(new PromptMethod.Parameter(argument, required, optional, param != null && param.sensitive()));
            JsonObjectBuilder entry = Json.PROVIDER.createObjectBuilder().add("name", argument);
            if (param != null && !param.description().isEmpty()) {
                entry.add("description", param.description());
            }
            arguments.add(entry.add("required", required));
        }
        JsonObjectBuilder definition = Json.PROVIDER.createObjectBuilder().add("name", name);
        addIfSet(definition, "title", prompt.title());
        addIfSet(definition, "description", prompt.description());
        definition.add("arguments", arguments);
        return new PromptMethod(name, describe(method), definition.build(), parameters, invoker.get(), AccessRule.of(annotated), trail);
    }

    static ResourceMethod resource(AnnotatedMethod<?> annotated, Supplier<MethodInvoker> invoker, AuditTrail trail) {
        Method method = callable(annotated.getJavaMember(), "@McpResource");
        McpResource resource = annotated.getAnnotation(McpResource.class);
        if (resource.uri().isEmpty() == resource.uriTemplate().isEmpty()) {
            throw invalid("@McpResource", method, "set exactly one of uri and uriTemplate");
        }
        if (method.getReturnType() != String.class && method.getReturnType() != byte[].class) {
            throw invalid("@McpResource", method, "a resource returns String (text) or byte[] (binary)");
        }
        UriTemplate template = null;
        if (!resource.uriTemplate().isEmpty()) {
            try {
                template = UriTemplate.parse(resource.uriTemplate());
            } catch (IllegalArgumentException e) {
                throw invalid("@McpResource", method, "the URI template " + resource.uriTemplate() + " is not supported: " + e.getMessage());
            }
        }
        List<String> variables = new ArrayList<>();
        Set<String> sensitive = new HashSet<>();
        for (AnnotatedParameter<?> annotatedParameter : annotated.getParameters()) {
            Parameter parameter = method.getParameters()[annotatedParameter.getPosition()];
            if (parameter.getType() == McpRequest.class) {
                variables.add(null);
                continue;
            }
            McpParam param = annotatedParameter.getAnnotation(McpParam.class);
            String variable = argumentName(method, parameter, param, "@McpResource");
            if (param != null && param.sensitive()) {
                sensitive.add(variable);
            }
            if (parameter.getType() != String.class || template == null || !template.variables().contains(variable)) {
                throw invalid("@McpResource", method, "parameter " + variable + " must be a String named after a variable of the URI template");
            }
            variables.add(variable);
        }
        if (template != null && !new HashSet<>(variables).containsAll(template.variables())) {
            throw invalid("@McpResource", method, "every variable of " + template + " needs a String parameter of that name");
        }
        String name = resource.name().isEmpty() ? method.getName() : resource.name();
        JsonObjectBuilder definition = Json.PROVIDER.createObjectBuilder()
                .add(template == null ? "uri" : "uriTemplate", template == null ? resource.uri() : resource.uriTemplate())
                .add("name", name);
        addIfSet(definition, "title", resource.title());
        addIfSet(definition, "description", resource.description());
        definition.add("mimeType", resource.mimeType());
        return new ResourceMethod(definition.build(), resource.uri(), template, resource.mimeType(), variables,
                invoker.get(), describe(method), AccessRule.of(annotated), trail, sensitive);
    }

    /**
     * Attaches an {@code @McpCompletion} method to its prompt or template.
     *
     * @throws DefinitionException when its target or signature is wrong
     */
    static void completion(AnnotatedMethod<?> annotated, MethodInvoker invoker, Map<String, PromptMethod> prompts,
            Map<String, ResourceMethod> templates) {
        Method method = callable(annotated.getJavaMember(), "@McpCompletion");
        McpCompletion completion = annotated.getAnnotation(McpCompletion.class);
        if (completion.prompt().isEmpty() == completion.resourceTemplate().isEmpty()) {
            throw invalid("@McpCompletion", method, "set exactly one of prompt and resourceTemplate");
        }
        Type[] types = method.getGenericParameterTypes();
        boolean takesContext = types.length > 1 && isMapOfStrings(types[1]);
        boolean takesRequest = types.length > 1 && types[types.length - 1] == McpRequest.class;
        int expected = 1 + (takesContext ? 1 : 0) + (takesRequest ? 1 : 0);
        if (types.length == 0 || types[0] != String.class || types.length != expected || !isListOf(method.getGenericReturnType(), String.class)) {
            throw invalid("@McpCompletion", method, "a completion is List<String> m(String prefix[, Map<String, String> context][, McpRequest request])");
        }
        Completions target;
        if (!completion.prompt().isEmpty()) {
            PromptMethod prompt = prompts.get(completion.prompt());
            if (prompt == null || !prompt.hasArgument(completion.argument())) {
                throw invalid("@McpCompletion", method, "there is no prompt " + completion.prompt() + " with argument " + completion.argument());
            }
            target = prompt.completions();
        } else {
            ResourceMethod template = templates.get(completion.resourceTemplate());
            if (template == null || !template.template().variables().contains(completion.argument())) {
                throw invalid("@McpCompletion", method, "there is no resource template " + completion.resourceTemplate()
                        + " with variable " + completion.argument());
            }
            target = template.completions();
        }
        if (!target.add(completion.argument(), new Completions.Method(invoker, takesContext, takesRequest, describe(method)))) {
            throw invalid("@McpCompletion", method, "argument " + completion.argument() + " already has a completion");
        }
    }

    /**
     * Checks early what a completion's invoker needs, since it is made while its bean is processed.
     *
     * @throws DefinitionException when the method cannot be called through the bean
     */
    static void checkCompletionCallable(AnnotatedMethod<?> annotated) {
        callable(annotated.getJavaMember(), "@McpCompletion");
    }

    private static Method callable(Method method, String annotation) {
        if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            throw invalid(annotation, method, "the method must be public and not static, so it can be called through the bean");
        }
        return method;
    }

    private static String argumentName(Method method, Parameter parameter, McpParam param, String annotation) {
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (!parameter.isNamePresent()) {
            throw invalid(annotation, method, "a parameter has no name: compile with -parameters or add @McpParam(name = ...)");
        }
        return parameter.getName();
    }

    private static boolean isListOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class && p.getActualTypeArguments()[0] == element;
    }

    private static boolean isOptionalOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType p && p.getRawType() == Optional.class && p.getActualTypeArguments()[0] == element;
    }

    private static boolean isMapOfStrings(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Map.class
                && p.getActualTypeArguments()[0] == String.class && p.getActualTypeArguments()[1] == String.class;
    }

    private static void addIfSet(JsonObjectBuilder builder, String key, String value) {
        if (!value.isEmpty()) {
            builder.add(key, value);
        }
    }

    static DefinitionException invalid(String annotation, Method method, String reason) {
        return new DefinitionException(annotation + " method " + describe(method) + " is invalid: " + reason + ".");
    }
}
