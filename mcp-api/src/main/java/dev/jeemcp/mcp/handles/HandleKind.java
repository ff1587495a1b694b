package dev.jeemcp.mcp.handles;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Makes a class the value of a kind of handle: its ids start with {@link #value()} and an underscore
 * ({@code quote_3q2…}), and each handle expires {@link #ttl()} after it was last written.
 *
 * <p>The class must be serialisable with JSON-B (a record, or a bean); the value is stored as JSON. A tool
 * parameter of type {@code Handle<ThatClass>} takes such an id from the client; the library loads it for the caller's
 * tenant before the call.
 *
 * <pre>
 * &#64;HandleKind(value = "quote", ttl = "P30D")
 * public record Quote(ProductCode product, Applicant applicant, BigDecimal premium, Status status) { }
 * </pre>
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface HandleKind {

    /** The id prefix: a lowercase word of letters and digits, such as {@code quote}. */
    String value();

    /** How long a handle lives after its last write, as an ISO-8601 duration; {@code P7D} by default. */
    String ttl() default "P7D";
}
