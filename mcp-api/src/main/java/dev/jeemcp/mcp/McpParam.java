package dev.jeemcp.mcp;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Describes one argument of an {@link McpTool} method, or one property of a record or bean used in arguments and
 * results.
 *
 * <p>Without it, the argument is named after the Java parameter (which needs {@code -parameters} at compile time) and
 * is required unless its type is {@code Optional} or it has a {@link #defaultValue()}. A primitive parameter is always
 * required, since it has no value for "absent"; declaring it {@code required = false} fails deployment.
 *
 * <p>On a record component or a bean field only {@link #description()} applies (the property's name comes from
 * JSON-B, {@code @JsonbProperty}); setting anything else there fails deployment. MicroProfile OpenAPI's
 * {@code @Schema(description, example)} on a component or field is read too, when it is on the classpath; this
 * annotation's description wins.
 */
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, RECORD_COMPONENT, FIELD})
public @interface McpParam {

    /** The argument name in the input schema; defaults to the parameter name. */
    String name() default "";

    /** What the argument means, for the model. Becomes the property's {@code description}. */
    String description() default "";

    /** Whether the client must send it. An absent optional argument is passed as {@code null} or empty. */
    boolean required() default true;

    /**
     * The value used when the client leaves the argument out, as JSON text ({@code "\"HOME\""}, {@code "100000"},
     * {@code "{\"age\": 40}"}). The input schema shows it as {@code default}, the argument becomes optional, and the
     * method receives it bound like a sent value. Deployment fails when it is not JSON or breaks the parameter's
     * schema.
     */
    String defaultValue() default "";

    /**
     * The JSON Schema of the argument, replacing the derived one in the {@code inputSchema}, for when derivation is
     * not what you want: JSON text of an object, or the path of a resource beginning with {@code /}
     * ({@code "/schemas/region.json"}) on the class path of the tool's class. Deployment fails when it does not parse
     * to an object. The server still checks each value against what the parameter's Java type accepts, so the schema
     * should not allow more than that; anything it adds beyond (formats, conditions) is the tool's to enforce.
     */
    String schema() default "";

    /**
     * Mirrors the argument in an HTTP header, {@code Mcp-Param-<header>}, so that load balancers and gateways can
     * route on it without reading the body (2026-07-28, {@code x-mcp-header}). The client sends both; the server
     * refuses a request whose header and argument differ. Only string, integer and boolean arguments can be
     * mirrored, and the name may use letters, digits and {@code -}.
     */
    String header() default "";

    /**
     * Whether the argument's value is a secret (a password, a personal identifier): it is then never part of an
     * {@link McpAuditEvent}, neither in its arguments nor in its digest, whatever {@code mcp.audit.arguments} says.
     * Only for method parameters.
     */
    boolean sensitive() default false;
}
