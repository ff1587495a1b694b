package dev.jeemcp.mcp;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Serves a method of a CDI bean as an MCP resource: one fixed {@link #uri()} ({@code resources/list}), or a family of
 * URIs behind a {@link #uriTemplate()} ({@code resources/templates/list}). Both are read with {@code resources/read}.
 *
 * <h2>Template variables</h2>
 * A template uses RFC 6570 simple expressions, such as {@code quote://{id}/terms}; each variable matches one path
 * segment (no {@code /}) and is passed to the {@code String} parameter of the same name (or {@link McpParam#name()}).
 * A parameter of type {@code dev.jeemcp.mcp.McpRequest} receives the request.
 *
 * <h2>Result</h2>
 * A {@code String} is text content, a {@code byte[]} is binary content (sent base64-encoded), both of
 * {@link #mimeType()}. The result is marked {@code cacheScope: "private"} with {@code ttlMs: 0}, since resources
 * are often per user.
 *
 * <h2>Failures</h2>
 * An {@link McpToolException} (a handle exception included) becomes a JSON-RPC {@code -32602} error with its message
 * and the URI as {@code data.uri}; any other exception a {@code -32603} error naming the feature, its details only in
 * the server log. A URI no resource serves is {@code -32602}.
 *
 * <h2>Who may read it</h2>
 * As for {@link McpTool}: everyone, unless {@code @RolesAllowed} on the method or its class names roles
 * ({@code @PermitAll} on the method lifts a class-level restriction, {@code @DenyAll} hides it from everyone,
 * {@code "**"} is any authenticated caller). Checked by the library on every {@code resources/list},
 * {@code resources/templates/list}, {@code resources/read} and {@code completion/complete}: a caller without a role
 * does not see it, reading it answers exactly as for a URI no resource serves, and the list is then
 * {@code cacheScope: "private"}. The {@link McpCompletion}s of a template have the template's rule.
 *
 * <h2>Deployment fails when</h2>
 * both or neither of {@code uri} and {@code uriTemplate} are set, two resources share a URI or template, a template
 * variable has no parameter or a parameter no variable, or a type is not one of the above.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface McpResource {

    /** The fixed URI of a single resource. */
    String uri() default "";

    /** The URI template of a family of resources. */
    String uriTemplate() default "";

    /** A programmatic name; defaults to the method name. */
    String name() default "";

    /** A short human-readable title. */
    String title() default "";

    /** What the resource holds. */
    String description() default "";

    /** The MIME type of the content. */
    String mimeType() default "text/plain";
}
