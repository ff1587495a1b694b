package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;

/**
 * What every feature a client can reach has in common (a {@link Tool}, {@link Prompt} or {@link Resource}): its wire
 * definition, and the one access rule the servlet applies to it wherever it is listed, called, read or completed.
 */
public interface Feature {

    /** The object that lists it: a {@code Tool}, {@code Prompt}, {@code Resource} or {@code ResourceTemplate}. */
    JsonObject definition();

    /**
     * Whether the caller of this request may see and use the feature. A feature the caller may not use answers
     * exactly as an unknown one, so its existence does not leak.
     */
    default boolean isVisibleTo(McpRequest request) {
        return true;
    }

    /** Whether {@link #isVisibleTo} depends on the caller, which makes the list holding it private to each caller. */
    default boolean isRestricted() {
        return false;
    }

    /**
     * Told that this request named the feature and was answered as for an unknown one, because {@link #isVisibleTo}
     * said no: what an audit trail records as a refusal. Never called for a name that matches no feature, and never
     * changes the answer: an implementation must not throw. The default does nothing.
     */
    default void refused(McpRequest request) {
    }
}
