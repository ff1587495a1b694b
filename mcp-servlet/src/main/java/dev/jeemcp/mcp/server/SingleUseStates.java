package dev.jeemcp.mcp.server;

import java.time.Instant;

/**
 * Remembers which sealed {@code requestState}s were already used, so that each opens once
 * ({@code mcp.requestStateSingleUse}). A stateless server cannot remember anything itself; the CDI module keeps the
 * ids in the application's handle table, shared by every instance.
 *
 * <p>Implementations must be thread-safe and shared by all instances of the application: a state used on one
 * instance must be refused on every other.
 */
public interface SingleUseStates {

    /**
     * Claims a state id for its one use.
     *
     * @param id the state's random id ({@code jti}), at most 64 URL-safe characters
     * @param expiresAt when the state expires anyway; the id need not be remembered longer
     * @return {@code true} the first time an id is claimed, {@code false} for every later claim
     * @throws McpUnavailableException when the store cannot be reached (the client may retry)
     */
    boolean claim(String id, Instant expiresAt);
}
