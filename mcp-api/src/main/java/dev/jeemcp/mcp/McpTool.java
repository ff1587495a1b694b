package dev.jeemcp.mcp;

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
 * your own generic records and beans with their type arguments given ({@code Page<Quote>}; generic records only as
 * results, since JSON-B cannot bind a record's type variables), {@code List}, {@code Set}, {@code Collection} and
 * arrays of those, {@code Map<String, T>}, {@code Optional<T>} and {@code OptionalInt}/{@code Long}/{@code Double}
 * for an optional argument (passed empty when absent). A recursive type is described once under {@code $defs} at
 * the root of the schema and referenced with {@code $ref}.
 *
 * <p>Arguments are validated against the schema before the call, and the method is not called when one breaks it.
 * The answer is then a result with {@code isError: true} whose text names up to ten problems as
 * {@code path: what is wrong} (SEP-1303: the model reads it and corrects its call); validation stops at ten, however
 * large the arguments. They are then bound with JSON-B. The rules the schema and the binder share:
 * <ul>
 * <li>A record component is required unless it is an {@code Optional}; a bean property (set through its setter or
 * as a public field) only when it is primitive. An explicit {@code null} counts as absent.</li>
 * <li>Integers must be integral (1e2 and 2.0 are) and within the Java type's range, compared without expanding the
 * number. A {@code BigDecimal} may have at most {@code mcp.maxDecimalDigits} (100) significant digits and an
 * exponent within that many places; a {@code BigInteger} at most that many digits; a {@code float} or
 * {@code double} must be finite. So {@code 1e600000000} is refused before your method computes with it.</li>
 * <li>{@code java.time}: {@code LocalDate} is {@code format: date}; {@code Instant} and {@code OffsetDateTime} are
 * {@code format: date-time}, and a value outside what those formats allow (a year past 9999, an offset with
 * seconds) is refused as an argument and makes a result an error rather than break its schema; {@code ZonedDateTime} (which JSON-B writes with a region such as
 * {@code [Europe/Paris]}), {@code Duration} (written like {@code PT1.5S} or {@code PT-5M}), {@code LocalDateTime}
 * and {@code LocalTime} carry a {@code pattern} instead, since not all their values pass the {@code date-time} and
 * {@code duration} format checks of clients.</li>
 * <li>{@code @JsonbProperty} and {@code @JsonbTransient} on components, fields and accessors are followed. JSON-B
 * annotations whose effect the schema cannot describe ({@code @JsonbDateFormat}, {@code @JsonbNumberFormat},
 * {@code @JsonbTypeAdapter}, {@code @JsonbNillable}, serializers, visibility, {@code nillable = true}), on a member,
 * a type or its package, fail deployment, naming the class and member.</li>
 * <li>JPA entities: a lazy association or attribute ({@code @OneToMany}, {@code @ManyToMany},
 * {@code @ElementCollection} unless eager; {@code @ManyToOne}, {@code @OneToOne}, {@code @Basic} with
 * {@code fetch = LAZY}; on the field or the getter) is in neither schema and is never read or written, so a detached
 * entity is sent without loading anything; return a DTO or make the association eager to include it. An association
 * with {@code mappedBy} whose other side is in JSON too (both eager, neither {@code @JsonbTransient}) fails
 * deployment, naming both properties.</li>
 * </ul>
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
 * described by an {@code outputSchema}; any other value, and an {@code Optional}, is wrapped as
 * {@code {"result": value}} ({@code {}} when empty or null). The result also carries the JSON as text content.
 * A {@link Content} or a collection of them is sent as the result's content blocks, with no structured content;
 * {@code void} gives a result with no content at all (an empty {@code content} list). The output schema promises
 * exactly what JSON-B sends:
 * <ul>
 * <li>A property is required only when it cannot be null: a primitive, or one annotated
 * {@code jakarta.validation.constraints.NotNull} (recognised by name, so Bean Validation is not needed); JSON-B
 * leaves null properties out.</li>
 * <li>A list, set or array element of a reference type may be {@code null} in the output schema
 * ({@code "type": ["string", "null"]}, or {@code anyOf} with {@code {"type": "null"}} for objects), since JSON-B
 * sends a null element as {@code null}; input elements must be values.</li>
 * <li>A bean is described by what its getters (and public fields) read.</li>
 * <li>The value is cut to the declared type before it is sent: a subtype's extra properties, a record's extra
 * {@code getX()}/{@code isX()} methods and {@code null} map values are not sent.</li>
 * <li>A value that still breaks the schema (a non-finite number) is not sent: the
 * result is an {@code isError} one saying the tool failed, and the details go to the server log.</li>
 * </ul>
 *
 * <h2>Answering later</h2>
 * A method may return {@code CompletionStage<T>} or {@code CompletableFuture<T>}, naming {@code T}: the request is
 * answered when the stage completes, with the result and the output schema a method returning {@code T} would have
 * ({@code CompletionStage<Void>} a result with no content, {@code CompletionStage<Content>} content blocks). The
 * method itself runs as any tool's does, on the request's thread and through the container, so its interceptors and a
 * transaction end when it returns, not when the stage completes; the servlet then holds the request open without a
 * thread (Servlet async). A stage that completes exceptionally is answered exactly as the method throwing that
 * failure (below); a {@code null} stage is the tool's failure. The stage may complete on any thread (a
 * {@code ManagedExecutorService}'s, the application's own): turning its value into JSON needs no request context.
 * After {@code mcp.asyncTimeoutMs} (default one minute) the stage is cancelled and the client gets the JSON-RPC error
 * {@code -32603} "Request timed out", as from an event stream that outlives its maximum. A tool that is also an
 * {@link McpTask} cannot return a stage: it runs in the background already.
 *
 * <h2>Failures</h2>
 * An exception thrown by the method becomes a result with {@code isError: true}. Its message reaches the client only
 * for {@link McpToolException}; any other exception reports that the tool failed, and the details stay in the
 * server log. Three are not the tool's failure and are answered as the protocol says instead: an
 * {@link McpProtocolException} (a JSON-RPC error, {@link McpUnavailableException} among them), an
 * {@link InputRequired} (a request for the client's input), and a failure to reach the database, which is answered
 * as {@link McpUnavailableException}.
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
 * The method is called through the container: by a CDI 4.1 method invoker on Jakarta EE 11, on the bean's contextual
 * reference on Jakarta EE 10. Either way interceptors, {@code @Transactional} and {@code @RolesAllowed} apply exactly
 * as they do for the rest of the application.
 *
 * <h2>Deployment fails when</h2>
 * two tools share a name, a name is not 1 to 128 characters of {@code A-Z a-z 0-9 _ - .}, the method is static
 * or not public, or a parameter or return type is not supported (a {@code CompletionStage} that does not name what
 * it completes with, such as {@code CompletionStage<?>}, included). The error names the class and method.
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
     * The whole {@code inputSchema}, replacing the derived one, for schemas derivation cannot express
     * ({@code $defs}, {@code allOf}, {@code if}/{@code then}): JSON text of an object, or the path of a resource
     * beginning with {@code /} on the class path of the tool's class. Deployment fails unless it parses to an object
     * of {@code "type": "object"} whose {@code properties} are exactly the method's arguments and whose
     * {@code required} lists every argument the method requires. The server still checks each argument against what
     * its Java type accepts; keywords beyond that are the tool's to enforce.
     */
    String inputSchema() default "";

    /**
     * The {@code outputSchema}, replacing the derived one: JSON text or a resource path, as for
     * {@link #inputSchema()}. Deployment fails unless it parses to an object of {@code "type": "object"} and the
     * method returns structured content. The value is still cut to the declared type and checked against it before
     * it is sent, so the schema should describe that type.
     */
    String outputSchema() default "";

    /**
     * Roles, any one of which lets a caller see and call the tool. Like a {@code @RolesAllowed} on the method, it
     * replaces a class-level {@code @RolesAllowed}. Empty: no restriction of its own.
     */
    String[] rolesAllowed() default {};
}
