package dev.jeemcp.mcp.cdi.internal.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Asks something that may hang (a database behind a dead network, a pool waiting for a connection) whether it
 * answers, without ever letting the caller hang or threads pile up:
 * <ul>
 * <li>the check runs on a thread of its own, and the caller waits for it at most {@code bound} after it started;</li>
 * <li>an answer is reused for {@code fresh}, so a balancer polling fast costs one check per period, and callers
 *     asking meanwhile wait for the same check;</li>
 * <li>a check still running {@value #STUCK_AFTER_BOUNDS} bounds after it started is given up (interrupted, and no
 *     longer waited for) and a new one is started next time, so that a check that hung during an outage cannot keep
 *     the answer "down" after the outage ends;</li>
 * <li>at most {@code maxThreads} checks are ever running, given-up ones included; beyond that the answer is "down"
 *     without starting another.</li>
 * </ul>
 */
final class BoundedProbe {

    /** The question; an exception is "no". */
    @FunctionalInterface
    interface Check {
        boolean answers() throws Exception;
    }

    /** How many bounds a check may run before it is given up. */
    static final int STUCK_AFTER_BOUNDS = 3;

    private static final System.Logger LOG = System.getLogger(BoundedProbe.class.getName());

    /** One run of the check, on its own thread. */
    private static final class Run {
        final CompletableFuture<Boolean> answer = new CompletableFuture<>();
        final long started;
        /** {@code null} when no thread could be had. */
        Thread thread;

        Run(long started) {
            this.started = started;
        }

        boolean alive() {
            return thread != null && thread.isAlive();
        }
    }

    private final Check check;
    private final ThreadFactory threads;
    private final long boundNanos;
    private final long freshNanos;
    private final int maxThreads;
    private final LongSupplier nanoClock;

    private Run current;
    private final List<Run> givenUp = new ArrayList<>();
    private boolean lastAnswer;
    private long answeredAt;
    private boolean answered;

    BoundedProbe(Check check, ThreadFactory threads, Duration bound, Duration fresh, int maxThreads, LongSupplier nanoClock) {
        this.check = check;
        this.threads = threads;
        this.boundNanos = bound.toNanos();
        this.freshNanos = fresh.toNanos();
        this.maxThreads = maxThreads;
        this.nanoClock = nanoClock;
    }

    /** Whether the check answered yes, now or within the last {@code fresh}. */
    boolean up() {
        Run run;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (answered && now - answeredAt < freshNanos) {
                return lastAnswer;
            }
            run = runFor(now);
            if (run == null) {
                return remember(false, now);
            }
        }
        boolean up = await(run);
        synchronized (this) {
            return remember(up, nanoClock.getAsLong());
        }
    }

    /** How many checks are running, given-up ones included: never more than {@code maxThreads}. */
    synchronized int running() {
        givenUp.removeIf(run -> !run.alive());
        return givenUp.size() + (current != null && current.alive() ? 1 : 0);
    }

    private boolean remember(boolean up, long now) {
        lastAnswer = up;
        answeredAt = now;
        answered = true;
        return up;
    }

    /** The run to wait for: the one in flight, else a new one, else none when too many hang. */
    private Run runFor(long now) {
        if (current != null && current.answer.isDone()) {
            current = null; // its answer is older than fresh: ask again
        }
        if (current != null && now - current.started > STUCK_AFTER_BOUNDS * boundNanos) {
            current.thread.interrupt(); // some drivers give up a blocked call when interrupted; most do not
            givenUp.add(current);
            current = null;
        }
        givenUp.removeIf(run -> !run.alive());
        if (current == null) {
            if (givenUp.size() >= maxThreads) {
                return null;
            }
            current = start(now);
        }
        return current;
    }

    private Run start(long now) {
        Run run = new Run(now);
        Runnable ask = () -> {
            try {
                run.answer.complete(check.answers());
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "The readiness check failed", e);
                run.answer.complete(false);
            }
        };
        Thread thread;
        try {
            thread = threads.newThread(ask);
        } catch (RuntimeException e) { // a managed thread factory of an application that is stopping
            thread = null;
        }
        if (thread == null) {
            run.answer.complete(false);
            return run;
        }
        run.thread = thread;
        thread.start();
        return run;
    }

    private boolean await(Run run) {
        long left = run.started + boundNanos - nanoClock.getAsLong();
        try {
            return left > 0 ? run.answer.get(left, TimeUnit.NANOSECONDS) : run.answer.getNow(false);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
