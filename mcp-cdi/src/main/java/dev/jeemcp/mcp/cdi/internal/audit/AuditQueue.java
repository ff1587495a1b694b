package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Events recorded after their request was answered, off its thread: the refusals of hidden features, so that how long
 * the answer takes (an observer, a row written) cannot tell a hidden feature from a missing one. One drain at a time
 * runs on the executor and delivers everything queued. Bounded: when {@code capacity} events wait, a new one is
 * dropped and counted, with a warning at most once a minute; a flood of refusals can neither grow memory nor queue
 * work without end.
 */
final class AuditQueue {

    static final int CAPACITY = 1000;
    private static final long WARN_EVERY_MS = 60_000;
    private static final System.Logger LOG = System.getLogger(AuditQueue.class.getName());

    private final ArrayBlockingQueue<McpAuditEvent> events;
    private final Consumer<McpAuditEvent> deliver;
    private final Executor executor;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedSinceWarning = new AtomicLong();
    private volatile long nextWarning;

    AuditQueue(int capacity, Executor executor, Consumer<McpAuditEvent> deliver) {
        this.events = new ArrayBlockingQueue<>(capacity);
        this.executor = executor;
        this.deliver = deliver;
    }

    /** Queues the event for delivery later; drops it (counted) when the queue is full. Never blocks. */
    void offer(McpAuditEvent event) {
        if (!events.offer(event)) {
            dropped.incrementAndGet();
            long since = droppedSinceWarning.incrementAndGet();
            long now = System.currentTimeMillis();
            if (now >= nextWarning) {
                nextWarning = now + WARN_EVERY_MS;
                droppedSinceWarning.addAndGet(-since);
                LOG.log(System.Logger.Level.WARNING, since + " audit event(s) of refused calls were dropped: " + events.size()
                        + " wait already, the most kept (" + dropped.get() + " dropped since the start)");
            }
        }
        drainLater();
    }

    private void drainLater() {
        if (events.isEmpty() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            draining.set(false); // the events wait for the next offer
            LOG.log(System.Logger.Level.WARNING, "Audit events of refused calls wait: the executor refused to deliver them");
        }
    }

    private void drain() {
        try {
            for (McpAuditEvent event = events.poll(); event != null; event = events.poll()) {
                try {
                    deliver.accept(event);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "An audit event of a refused call was not delivered: " + e);
                }
            }
        } finally {
            draining.set(false);
        }
        drainLater(); // what arrived after the last poll, before the flag fell
    }

    /** How many events were dropped because the queue was full. */
    long dropped() {
        return dropped.get();
    }
}
