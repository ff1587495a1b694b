package dev.jeemcp.mcp.annotations;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Serves a method of a CDI bean as an MCP tool.
 *
 * <h2>Where it may appear</h2>
 * On a public, non-static method of a CDI bean of any scope. The class must be discovered by CDI: in an archive with
 * {@code bean-discovery-mode="annotated"} (the default when there is no {@code beans.xml}) that means a bean-defining
 * annotation such as {@code @ApplicationScoped} or {@code @RequestScoped}; a plain class with {@code @McpTool} methods
 * is not a bean and is not served.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ApplicationScoped
 * public class Pricing {
 *     &#64;McpTool(description = "Estimates the yearly premium", readOnly = true)
 *     public Estimate estimatePremium(Product product, &#64;McpParam(description = "Age in years") int age) { ... }
 * }
 * </pre>
 *
 * <h2>Arguments</h2>
 * Each parameter is one property of the tool's {@code inputSchema}, named after the parameter (compile with
 * {@code -parameters}) or {@link McpParam#name()}. Supported types: primitives and their wrappers, {@code String},
 * {@code BigDecimal}, {@code BigInteger}, enums, {@code UUID}, the {@code java.time} value types, records, JavaBeans,
 * {@code List}, {@code Set}, {@code Collection} and arrays of those, {@code Map<String, T>}, and {@code Optional<T>}
 * for an optional argument. Arguments are validated against the schema before the call; a violation is a JSON-RPC
 * {@code -32602} error naming the offending argument, and the method is not called. They are then bound with JSON-B.
 *
 * <h2>Constraints</h2>
 * Jakarta Bean Validation constraints of the default group on parameters, record components, bean properties and
 * type arguments ({@code @Size}, {@code @NotEmpty}, {@code @NotBlank}, {@code @Min}, {@code @Max},
 * {@code @DecimalMin}, {@code @DecimalMax}, {@code @Digits}, {@code @Positive}, {@code @Negative} and their
 * {@code OrZero} forms, {@code @Pattern}, {@code @Email}, {@code @Past}, {@code @Future} and their {@code OrPresent}
 * forms, {@code @NotNull}) appear in the input schema as the JSON Schema keywords that say the same, and the library
 * checks them before the call. Where the deployment has a {@code Validator}, the bound arguments are then validated
 * with {@code validateParameters}, so custom and cascaded ({@code @Valid}) constraints apply too. A violation, or a
 * {@code ConstraintViolationException} thrown by the call, is a result with {@code isError: true} listing each
 * {@code path: message}. A {@code @Pattern} with flags or with a construct ECMA-262 reads differently fails the
 * deployment.
 *
 * <h2>Result</h2>
 * A return value that maps to a JSON object (a record, a bean, a map) is the result's {@code structuredContent},
 * described by an {@code outputSchema}; any other value is wrapped as {@code {"result": value}}. The result also
 * carries the JSON as text content. {@code void} gives an empty text result.
 *
 * <h2>Failures</h2>
 * An exception thrown by the method becomes a result with {@code isError: true}. Its message reaches the client only
 * for {@link McpToolException}; any other exception reports that the tool failed, and the details stay in the
 * server log.
 *
 * <h2>Who may call it</h2>
 * Everyone, unless roles are named: in {@link #rolesAllowed()}, or with {@code @RolesAllowed} on the method or its
 * class ({@code @PermitAll} on the method lifts a class-level restriction, {@code @DenyAll} hides the tool from
 * everyone, and the role {@code "**"} means any authenticated caller). The roles are checked against the container's
 * {@code isUserInRole} on every {@code tools/list} and {@code tools/call}: a caller without one of them does not see
 * the tool, and calling it answers exactly as an unknown tool would. {@code tools/list} is then marked
 * {@code cacheScope: "private"}. The library checks this itself because not every container enforces
 * {@code @RolesAllowed} on plain CDI beans (Payara 6 does not).
 *
 * <h2>Invocation</h2>
 * The method is called on the bean's contextual reference, so interceptors, {@code @Transactional} and
 * {@code @RolesAllowed} apply exactly as they do for the rest of the application.
 *
 * <h2>Deployment fails when</h2>
 * two tools share a name, a name is not 1 to 128 characters of {@code A-Z a-z 0-9 _ - .}, the method is static
 * or not public, or a parameter or return type is not supported. The error names the class and method.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface McpTool {

    /** The tool name; defaults to the method name. */
    String name() default "";

    /** A short human-readable title for user interfaces. */
    String title() default "";

    /** What the tool does, written for the model that decides whether to call it. */
    String description() default "";

    /** Hint: the tool does not change its environment. */
    boolean readOnly() default false;

    /** Hint: the tool may destroy or overwrite data. Meaningful only when not {@link #readOnly()}. */
    boolean destructive() default true;

    /** Hint: calling it again with the same arguments has no further effect. Meaningful only when not read-only. */
    boolean idempotent() default false;

    /** Hint: the tool talks to an open world of external systems, rather than a closed domain. */
    boolean openWorld() default true;

    /**
     * Roles, any one of which lets a caller see and call the tool. Like a {@code @RolesAllowed} on the method, it
     * replaces a class-level {@code @RolesAllowed}. Empty: no restriction of its own.
     */
    String[] rolesAllowed() default {};
}
