package dev.jeemcp.mcp.cdi.internal.store;

import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletContext;

/**
 * The settings of the handle and task stores: a context parameter of the application, else a system property of the
 * same name, as for every other {@code mcp.*} setting.
 */
public final class StoreSettings {

    private StoreSettings() {
    }

    public static String get(Instance<ServletContext> context, String name) {
        String value = null;
        try {
            if (context != null && context.isResolvable()) {
                value = context.get().getInitParameter(name);
            }
        } catch (RuntimeException e) {
            value = null; // no web module here (a test on Weld SE, a managed thread without one)
        }
        return value != null ? value.trim() : System.getProperty(name, "").trim();
    }

    /** A whole number of at least {@code min}, or {@code fallback} when unset. */
    public static long number(Instance<ServletContext> context, String name, long fallback, long min) {
        String value = get(context, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(name + " must be a whole number of at least " + min + ", not \"" + value + "\"");
    }
}
