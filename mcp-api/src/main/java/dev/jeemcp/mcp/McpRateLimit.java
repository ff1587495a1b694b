package dev.jeemcp.mcp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often an {@link McpTool} method may be called: at most {@link #calls} calls in each fixed window of
 * length {@link #per}, counted per {@link #scope}. A call over the limit is not made; the client gets HTTP 429 with
 * {@code Retry-After} and an {@link McpRateLimitedException}'s error. The 2026-07-28 tools page says servers MUST rate
 * limit tool invocations; this is the per-tool part, and the settings {@code mcp.rateLimit.*} add limits for every tool.
 *
 * <p>Windows are fixed ({@code floor(now / per)}), so a window never admits more than {@link #calls}; across a window's
 * boundary a caller may make up to twice as many within one window's length. Only calls whose arguments passed the
 * input schema and Bean Validation are counted. Counts are per instance unless {@code mcp.rateLimit.mode} is
 * {@code database}, which counts in the application's database for the whole cluster; {@code off} disables every limit.
 *
 * <p>The deployment fails, with a sentence naming the method, when {@link #calls} is not positive or {@link #per} is
 * not an ISO-8601 duration of one second to one day in whole seconds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpRateLimit {

    /** The most calls admitted in one window: 1 or more. */
    int calls();

    /** The window's length as an ISO-8601 duration ({@code PT1M}, {@code PT1H}): whole seconds, 1 second to 1 day. */
    String per() default "PT1M";

    /** Whose calls share one count. */
    Scope scope() default Scope.CALLER;

    /** Whose calls of the tool are counted together. */
    enum Scope {
        /** Each caller (the principal's name within its tenant; every anonymous caller of a tenant is one caller). */
        CALLER,
        /** Each tenant, all its callers together. */
        TENANT,
        /**
         * Everyone in every tenant together: one count for the tool across the whole deployment. Choose it only to
         * protect something all tenants share (a licensed service, a slow system behind the tool), knowing that one
         * tenant's calls can then spend the limit for every other tenant; {@link #TENANT} keeps tenants apart.
         */
        GLOBAL
    }
}
