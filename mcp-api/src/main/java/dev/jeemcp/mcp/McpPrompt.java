package dev.jeemcp.mcp;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Serves a method of a CDI bean as an MCP prompt ({@code prompts/list}, {@code prompts/get}).
 *
 * <h2>Arguments</h2>
 * Prompt arguments are strings. Each {@code String} parameter is a required argument and each
 * {@code Optional<String>} parameter an optional one, named after the parameter or {@link McpParam#name()}, with
 * {@link McpParam#description()}. A parameter of type {@code dev.jeemcp.mcp.McpRequest} receives the request
 * instead. A missing required argument is a JSON-RPC {@code -32602} error; the method is not called.
 *
 * <h2>Result</h2>
 * A {@code String} or a {@code dev.jeemcp.mcp.Content} is one user message; a {@code PromptMessage} or a
 * {@code List<PromptMessage>} is sent as is.
 *
 * <h2>Failures</h2>
 * An {@link McpToolException} (a handle exception included) becomes a JSON-RPC {@code -32602} error with its message;
 * any other exception a {@code -32603} error naming the feature, its details only in the server log. Throwing
 * {@code InputRequired} asks the client for input first.
 *
 * <h2>Who may use it</h2>
 * As for {@link McpTool}: everyone, unless {@code @RolesAllowed} on the method or its class names roles
 * ({@code @PermitAll} on the method lifts a class-level restriction, {@code @DenyAll} hides it from everyone,
 * {@code "**"} is any authenticated caller). Checked by the library on every {@code prompts/list},
 * {@code prompts/get} and {@code completion/complete}: a caller without a role does not see the prompt, getting or
 * completing it answers exactly as for an unknown prompt, and {@code prompts/list} is then
 * {@code cacheScope: "private"}. Its {@link McpCompletion}s have the prompt's rule.
 *
 * <h2>Deployment fails when</h2>
 * two prompts share a name, the name is not 1 to 128 characters of {@code A-Z a-z 0-9 _ - .}, a parameter has
 * another type, or the return type is not one of the above. Like {@link McpTool}, the class must be a CDI bean.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface McpPrompt {

    /** The prompt name; defaults to the method name. */
    String name() default "";

    /** A short human-readable title. */
    String title() default "";

    /** What the prompt is for. */
    String description() default "";
}
