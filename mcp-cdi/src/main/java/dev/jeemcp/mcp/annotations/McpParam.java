package dev.jeemcp.mcp.annotations;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Describes one argument of an {@link McpTool} method.
 *
 * <p>Without it, the argument is named after the Java parameter (which needs {@code -parameters} at compile time) and
 * is required unless its type is {@code Optional}. A primitive parameter is always required, since it has no value
 * for "absent"; declaring it {@code required = false} fails deployment.
 */
@Documented
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface McpParam {

    /** The argument name in the input schema; defaults to the parameter name. */
    String name() default "";

    /** What the argument means, for the model. Becomes the property's {@code description}. */
    String description() default "";

    /** Whether the client must send it. An absent optional argument is passed as {@code null} or empty. */
    boolean required() default true;

    /**
     * Mirrors the argument in an HTTP header, {@code Mcp-Param-<header>}, so that load balancers and gateways can
     * route on it without reading the body (2026-07-28, {@code x-mcp-header}). The client sends both; the server
     * refuses a request whose header and argument differ. Only string, integer and boolean arguments can be
     * mirrored, and the name may use letters, digits and {@code -}.
     */
    String header() default "";
}
