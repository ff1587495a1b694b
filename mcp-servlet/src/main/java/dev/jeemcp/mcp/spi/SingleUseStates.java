package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpUnavailableException;
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
     * Records a state just sealed, so that it can be claimed once.
     *
     * @param id the state's random id ({@code jti}), 22 URL-safe characters
     * @param expiresAt when the state expires anyway; the id need not be remembered longer
     * @throws McpUnavailableException when the store cannot be reached (the client may retry)
     */
    void issued(String id, Instant expiresAt);

    /**
     * Claims a state for its one use: one atomic step, so that of two instances claiming the same id at once exactly
     * one succeeds.
     *
     * @return {@code true} the first time an issued id is claimed; {@code false} for every later claim and for an id
     *     that was never issued
     * @throws McpUnavailableException when the store cannot be reached (the client may retry)
     */
    boolean claim(String id);
}
