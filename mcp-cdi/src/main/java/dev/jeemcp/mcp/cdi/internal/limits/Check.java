package dev.jeemcp.mcp.cdi.internal.limits;

/**
 * One limit as one call meets it: the limit and the key of the count it adds to.
 *
 * @param key the count's key, at most 128 characters
 * @param limit the limit
 */
record Check(String key, RateLimit limit) {

    /** The id of the count's row in the window that holds {@code now}: at most 148 characters. */
    String rowId(long now) {
        return key + "@" + limit.windowStart(now);
    }
}
