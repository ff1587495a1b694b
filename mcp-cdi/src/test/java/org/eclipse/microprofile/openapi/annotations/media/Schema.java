package org.eclipse.microprofile.openapi.annotations.media;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stand-in with the name and the two members of MicroProfile OpenAPI's {@code @Schema} that the library reads
 * reflectively by name, so the test needs no MicroProfile dependency (as the library does not).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface Schema {
    String description() default "";

    String example() default "";
}
