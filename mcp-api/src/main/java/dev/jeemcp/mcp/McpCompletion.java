package dev.jeemcp.mcp;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Suggests values for one argument of an {@link McpPrompt} or one variable of an {@link McpResource} template,
 * through {@code completion/complete}. Declaring one turns on the {@code completions} capability.
 *
 * <h2>Signature</h2>
 * {@code List<String> method(String prefix)}, optionally followed by a {@code Map<String, String>} of the other
 * arguments the client already filled in, and a {@code dev.jeemcp.mcp.McpRequest}. The first 100 suggestions
 * are sent.
 *
 * <h2>Who may use it</h2>
 * Whoever may use its prompt or template: a completion has no access rule of its own, and asking for one of a
 * prompt or template the caller may not use answers as for an unknown one.
 *
 * <h2>Deployment fails when</h2>
 * neither or both of {@link #prompt()} and {@link #resourceTemplate()} are set, the prompt or template does not exist,
 * it has no such argument, the argument already has a completion, or the signature differs.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface McpCompletion {

    /** The name of the prompt whose argument this completes. */
    String prompt() default "";

    /** The URI template of the resource whose variable this completes. */
    String resourceTemplate() default "";

    /** The argument or variable name. */
    String argument();
}
