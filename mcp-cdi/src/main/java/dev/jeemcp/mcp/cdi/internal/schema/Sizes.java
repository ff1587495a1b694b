package dev.jeemcp.mcp.cdi.internal.schema;

import dev.jeemcp.mcp.internal.Settings;

/**
 * The bound on how many items an input array (or list, set) and how many entries an input map may have. The schema
 * shapes check it before they look at any item, and before the Bean Validator walks the arguments, so the cost of
 * validating a call grows with this bound, not with what the client sends.
 */
public final class Sizes {

    /** The setting bounding the items of array and map arguments. */
    public static final String MAX_ARRAY_ITEMS = "mcp.maxArrayItems";

    /** Far more than a model sends in one call; small enough that checking every item stays cheap. */
    static final int DEFAULT_MAX_ARRAY_ITEMS = 10_000;

    private Sizes() {
    }

    /**
     * The bound from {@value #MAX_ARRAY_ITEMS}, read at deploy time while CDI discovers the tools: from MicroProfile
     * Config or a system property, as no servlet context exists yet.
     */
    public static int maxArrayItems() {
        String setting = Settings.withoutContext().get(MAX_ARRAY_ITEMS);
        if (setting == null || setting.isBlank()) {
            return DEFAULT_MAX_ARRAY_ITEMS;
        }
        try {
            int value = Integer.parseInt(setting.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal below
        }
        throw new IllegalArgumentException(MAX_ARRAY_ITEMS + " must be a positive integer, not \"" + setting + "\"");
    }

    /** The problem of an array or map with more than {@code max} items. */
    static String tooMany(String path, int size, int max, String what) {
        return path + ": at most " + max + " " + what + " are allowed (" + MAX_ARRAY_ITEMS + "), got " + size;
    }
}
