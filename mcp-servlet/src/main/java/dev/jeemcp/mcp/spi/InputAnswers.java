package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpUnavailableException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the answers of 2025-era clients to a server's {@code elicitation/create} or {@code sampling/createMessage}
 * wait until the instance that asked finds them. A legacy client answers a server-to-client request with a JSON-RPC
 * response in a new POST, which the balancer may send to any instance; that instance stores it here, and the one
 * holding the request's event stream reads it. The CDI module keeps the rows in the application's database
 * ({@code MCP_INPUT}), next to handles and tasks.
 *
 * <p>Every method acts for the caller of the MCP request the current thread serves (the servlet calls them within
 * {@link McpCatalog#serving}): an id asked for one caller and tenant is unknown to every other. Implementations must be
 * thread-safe and shared by all instances of the application.
 */
public interface InputAnswers {

    /**
     * What {@link #answer} returns for a request whose call its client cancelled ({@link #cancel}): not a response
     * any client can send, as every stored answer is {@code {"result":…}} or {@code {"error":…}}.
     */
    String CANCELLED = "{\"cancelled\":true}";

    /**
     * Records a request about to be sent to the current caller.
     *
     * @param id the request's random id, at most 64 characters
     * @param callId names the call that asks, for {@link #cancel}: a digest of its JSON-RPC id, at most 64 characters
     * @param expiresAt after this the id is unknown, and its row may be deleted by anyone
     * @param maxPending how many unexpired requests the caller may have open at once, this one included
     * @return {@code false}, recording nothing, when the caller has {@code maxPending} open already
     * @throws McpUnavailableException when the store cannot be reached
     * @throws dev.jeemcp.mcp.McpToolException when the store keeps nothing for this caller (no tenant), or cannot
     *     keep anything (its table is missing): the caller is not asked
     */
    boolean asked(String id, String callId, Instant expiresAt, int maxPending);

    /**
     * Stores the current caller's answer to an open request: one guarded update, so that of two answers to the same
     * id exactly one is kept.
     *
     * @param answer the response without its envelope: {@code {"result":…}} or {@code {"error":…}}
     * @return {@code false} for an id that is unknown, expired, another caller's or answered already
     */
    boolean answered(String id, String answer);

    /** The current caller's answer to a request, once it has arrived; empty before, and for an unknown id. */
    Optional<String> answer(String id);

    /**
     * The current caller cancelled a call ({@code notifications/cancelled}): each of its requests that the caller
     * still has open, answered or not, reads {@link #CANCELLED} from now on, so that the instance that waits ends the
     * call without calling the tool again. Only rows that exist change: a cancellation of an unknown call, or of
     * another caller's, stores nothing.
     *
     * @param callId as given to {@link #asked}
     * @return how many open requests the cancellation reached
     */
    int cancel(String callId);

    /** Forgets a request, answered or not: the asking instance is done with it. */
    void forget(String id);

    /**
     * Deletes the expired requests of every caller (a grace minute after their expiry, as instances' clocks differ).
     * The servlet calls it through {@link McpCatalog#purgeExpired} every few minutes per instance, on a thread that
     * serves no request, never in the transaction that records a request: on MariaDB the range delete's gap locks
     * would make two concurrent first requests deadlock. The default keeps everything, for a store that expires rows
     * itself.
     */
    default void purgeExpired() {
    }
}
