package dev.jeemcp.mcp.servlet.internal.roundtrip;

import dev.jeemcp.mcp.servlet.internal.request.ClientChannel;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * How the instance holding a 2025-era request's stream learns that the client's answer to its input request arrived,
 * on whichever instance the balancer chose. {@link PollingArrivals} asks the store with backoff, which every database
 * supports; a database with notifications (PostgreSQL {@code LISTEN}/{@code NOTIFY}) could wake the waiter instead,
 * behind this same interface.
 */
interface AnswerArrivals {

    /**
     * Waits for the answer to one request of the server.
     *
     * @param deadlineNanos the {@link System#nanoTime()} after which nobody waits any more
     * @param channel the request's stream, asked meanwhile whether the client is still there
     * @return the answer as stored, or empty when the deadline passed first
     * @throws CancellationException when the client left, or the waiting thread was interrupted
     */
    Optional<String> await(String id, long deadlineNanos, ClientChannel channel);
}
