package dev.jeemcp.mcp.cdi.internal.limits;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.caller.Caller;
import dev.jeemcp.mcp.cdi.internal.store.StoredKey;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * One limit: at most {@code calls} calls in each fixed window of {@code windowMillis}, counted per caller, per tenant
 * or for everyone in every tenant, over one tool or (a setting's perCaller and perTenant) over all tools together.
 *
 * @param origin where the limit comes from, for the key (settings and annotations never share a count)
 * @param calls the most calls admitted in one window
 * @param windowMillis the window's length
 * @param scope whose calls share one count
 * @param allTools whether the count spans every tool (otherwise each tool has its own)
 */
public record RateLimit(String origin, int calls, long windowMillis, McpRateLimit.Scope scope, boolean allTools) {

    /** The shortest and the longest window: a shorter one would count in the noise of clocks, a longer one never purge. */
    static final Duration MIN_WINDOW = Duration.ofSeconds(1);
    static final Duration MAX_WINDOW = Duration.ofDays(1);

    /** The limit an annotation declares, or {@code null} with the reason in {@code problem[0]}. */
    public static RateLimit of(McpRateLimit annotation, String[] problem) {
        if (annotation.calls() < 1) {
            problem[0] = "@McpRateLimit(calls = " + annotation.calls() + ") must admit at least 1 call";
            return null;
        }
        Duration window = window(annotation.per());
        if (window == null) {
            problem[0] = "@McpRateLimit(per = \"" + annotation.per() + "\") must be an ISO-8601 duration in whole seconds"
                    + " from PT1S to P1D, such as PT1M";
            return null;
        }
        return new RateLimit("tool-" + annotation.scope().name().toLowerCase(java.util.Locale.ROOT), annotation.calls(),
                window.toMillis(), annotation.scope(), false);
    }

    /**
     * The limit a setting gives, such as {@code 60/PT1M}, or {@code null} when it is not set. A per-tool setting
     * ({@code scopes} not {@code null}) may end in one more part naming whose calls share a count, {@code /tenant}
     * (its default: a tool's count is each tenant's, so that one tenant cannot spend it for the others), {@code /caller}
     * or {@code /global} (one count for everyone in every tenant).
     *
     * @param scope the scope when the value names none
     * @param scopes whether the value may name a scope
     * @throws IllegalStateException naming the setting when the value is not {@code calls/duration}
     */
    static RateLimit parse(String setting, String value, McpRateLimit.Scope scope, boolean allTools, boolean scopes) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String[] parts = value.split("/", -1);
        Duration window = parts.length >= 2 ? window(parts[1].trim()) : null;
        int calls = 0;
        try {
            calls = parts.length >= 2 ? Integer.parseInt(parts[0].trim()) : 0;
        } catch (NumberFormatException e) {
            // reported below
        }
        McpRateLimit.Scope named = parts.length == 3 && scopes ? scope(parts[2].trim()) : null;
        if (calls < 1 || window == null || parts.length > (scopes ? 3 : 2) || (parts.length == 3 && named == null)) {
            throw new IllegalStateException(setting + " must be a number of calls of at least 1, a slash and an ISO-8601"
                    + " duration in whole seconds from PT1S to P1D, such as 60/PT1M"
                    + (scopes ? ", optionally followed by /tenant (the default), /caller or /global" : "")
                    + ", not \"" + value + "\"");
        }
        return new RateLimit(setting, calls, window.toMillis(), named != null ? named : scope, allTools);
    }

    private static McpRateLimit.Scope scope(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "caller" -> McpRateLimit.Scope.CALLER;
            case "tenant" -> McpRateLimit.Scope.TENANT;
            case "global" -> McpRateLimit.Scope.GLOBAL;
            default -> null;
        };
    }

    private static Duration window(String text) {
        try {
            Duration window = Duration.parse(text);
            boolean whole = window.getNano() == 0;
            return whole && window.compareTo(MIN_WINDOW) >= 0 && window.compareTo(MAX_WINDOW) <= 0 ? window : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The counter's key of a call: the origin and scope, the tool unless the limit spans all tools, and the tenant and
     * caller as far as the scope counts them. Every part is length-prefixed, so no two calls' parts run together into
     * one key whatever separators the names hold (a tenant {@code "a|1:b"} and caller {@code "c"} are not tenant
     * {@code "a"} and caller {@code "b|1:c"}); at most {@value StoredKey#MAX_PLAIN} characters (longer keys are
     * hashed), whatever the names.
     */
    String key(String tool, Caller caller) {
        StringBuilder key = new StringBuilder();
        part(key, origin);
        part(key, scope.name());
        if (!allTools) {
            part(key, tool);
        }
        if (scope != McpRateLimit.Scope.GLOBAL) {
            part(key, caller.tenant());
        }
        if (scope == McpRateLimit.Scope.CALLER) {
            part(key, caller.name());
        }
        return StoredKey.of(key.toString());
    }

    private static void part(StringBuilder key, String value) {
        key.append(value.length()).append(':').append(value).append('|');
    }

    /** The start of the window that holds {@code now}. */
    long windowStart(long now) {
        return Math.floorDiv(now, windowMillis) * windowMillis;
    }
}
