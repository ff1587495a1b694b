package dev.jeemcp.mcp.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/**
 * Reads a claim of the caller's token, reflectively, so that MicroProfile JWT is not a dependency: a
 * {@code JsonWebToken} principal has {@code getClaim(String)}; any other principal has no claims.
 */
public final class Claims {

    private Claims() {
    }

    /** The claim's value as the principal returns it (a String, a JsonValue, a collection), or empty. */
    public static Optional<Object> of(Principal principal, String name) {
        if (principal == null) {
            return Optional.empty();
        }
        try {
            Method getClaim = principal.getClass().getMethod("getClaim", String.class);
            return Optional.ofNullable(getClaim.invoke(principal, name));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
