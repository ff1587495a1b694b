package dev.jeemcp.mcp.cdi.internal.store;

import dev.jeemcp.mcp.internal.Settings;
import dev.jeemcp.mcp.internal.telemetry.Telemetry;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletContext;

/**
 * The settings of the handle and task stores, the tenants and the task runner, read through {@link Settings} as every
 * other {@code mcp.*} setting: the application's context parameter, else MicroProfile Config, else the system
 * property. Without a web module (a test on Weld SE) there are no context parameters.
 */
public final class StoreSettings {

    private StoreSettings() {
    }

    /** The setting's value, trimmed, or the empty string when it is not set. */
    public static String get(Instance<ServletContext> context, String name) {
        return settings(context).get(name, "");
    }

    /** The application's telemetry, the one its endpoint reports through (kept in the servlet context). */
    public static Telemetry telemetry(Instance<ServletContext> context) {
        ServletContext servletContext = servletContext(context);
        return servletContext != null ? Telemetry.of(servletContext) : Telemetry.withoutContext();
    }

    /**
     * A secret setting ({@link Settings#secret}: a value {@code jndi:<name>} names a JNDI string), or {@code null} when
     * it is not set. Never logged.
     */
    public static String secret(Instance<ServletContext> context, String name) {
        return settings(context).secret(name);
    }

    /** The settings' sources, found once: for a caller that reads many settings in a row. */
    public static Settings settings(Instance<ServletContext> context) {
        ServletContext servletContext = servletContext(context);
        return servletContext != null ? Settings.of(servletContext) : Settings.withoutContext();
    }

    private static ServletContext servletContext(Instance<ServletContext> context) {
        ServletContext servletContext = null;
        try {
            if (context != null && context.isResolvable()) {
                servletContext = context.get();
                servletContext.getAttributeNames(); // a proxy without a web module behind it fails here, not later
            }
        } catch (RuntimeException e) {
            servletContext = null; // no web module here (a test on Weld SE, a managed thread without one)
        }
        return servletContext;
    }

    /** A whole number of at least {@code min}, or {@code fallback} when unset. */
    public static long number(Instance<ServletContext> context, String name, long fallback, long min) {
        return number(context, name, fallback, min, Long.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when unset. */
    public static long number(Instance<ServletContext> context, String name, long fallback, long min, long max) {
        String value = get(context, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(name + " must be a whole number of at least " + min
                + (max == Long.MAX_VALUE ? "" : " and at most " + max) + ", not \"" + value + "\"");
    }
}
