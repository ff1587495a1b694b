package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.internal.Claims;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OAuth scopes of the caller's token, read from the {@code scope} (or {@code scp}) claim of a principal that
 * exposes claims, as MicroProfile JWT's {@code JsonWebToken} does. Read reflectively so the library needs no
 * MicroProfile API; a principal without claims has no scopes.
 */
final class TokenScopes {

    private TokenScopes() {
    }

    static Set<String> of(Principal principal) {
        return split(Claims.of(principal, "scope").or(() -> Claims.of(principal, "scp")).orElse(null));
    }

    private static Set<String> split(Object claim) {
        if (claim instanceof JsonString s) {
            return split(s.getString());
        }
        if (claim instanceof String s) {
            return Arrays.stream(s.trim().split("\\s+")).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
        }
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
