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
 * answers, without ever letting callers hang or threads pile up:
 * <ul>
 * <li>the check runs on a thread of its own, and only the caller that started it waits for it, at most {@code bound};
 *     callers asking while it runs get the last answer at once ("no" before the first), so a flood of probes holds
 *     no container threads;</li>
 * <li>an answer is reused for {@code fresh}, so a balancer polling fast costs one check per period;</li>
 * <li>a check still running {@value #STUCK_AFTER_BOUNDS} bounds after it started is given up (interrupted, and no
 *     longer waited for) and a new one is started next time, so that a check that hung during an outage cannot keep
 *     the answer "down" after the outage ends;</li>
 * <li>at most {@code maxWaitedFor} given-up checks count at once: beyond that the answer is "down" without starting
 *     another. A given-up check stops counting {@value #FORGET_AFTER_GIVE_UPS} give-up times after it started (a JDBC
 *     read behind a network that drops packets can block until TCP gives up, 15 minutes to 2 hours), so that it
 *     cannot hold the answer "down" for that long once the database is back;</li>
 * <li>at most {@code maxHanging} checks ever hang at once, forgotten ones included: beyond that the answer stays
 *     "down", and says so loudly in the log, until some of them end.</li>
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
    /** How many give-up times a given-up check counts against {@code maxWaitedFor} before it is forgotten. */
    static final int FORGET_AFTER_GIVE_UPS = 10;

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
    private final int maxWaitedFor;
    private final int maxHanging;
    private final LongSupplier nanoClock;

    private Run current;
    /** Given up, and still counted against {@code maxWaitedFor}. */
    private final List<Run> givenUp = new ArrayList<>();
    /** Given up long ago and no longer counted, but still hanging: counted against {@code maxHanging} only. */
    private final List<Run> forgotten = new ArrayList<>();
    private boolean lastAnswer;
    private long answeredAt;
    private boolean answered;
    private boolean saidTooManyHang;

    BoundedProbe(Check check, ThreadFactory threads, Duration bound, Duration fresh, int maxWaitedFor, int maxHanging,
            LongSupplier nanoClock) {
        this.check = check;
        this.threads = threads;
        this.boundNanos = bound.toNanos();
        this.freshNanos = fresh.toNanos();
        this.maxWaitedFor = maxWaitedFor;
        this.maxHanging = maxHanging;
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
            if (current != null && !current.answer.isDone() && now - current.started <= giveUpNanos()) {
                return answered && lastAnswer; // another caller started it and waits for it: this one does not
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

    /** How many checks are running, given-up and forgotten ones included: never more than {@code maxHanging}. */
    synchronized int running() {
        prune();
        return givenUp.size() + forgotten.size() + (current != null && current.alive() ? 1 : 0);
    }

    private boolean remember(boolean up, long now) {
        lastAnswer = up;
        answeredAt = now;
        answered = true;
        return up;
    }

    private long giveUpNanos() {
        return STUCK_AFTER_BOUNDS * boundNanos;
    }

    /** The run to wait for: a new one, else none when too many hang. */
    private Run runFor(long now) {
        if (current != null && current.answer.isDone()) {
            current = null; // its answer is older than fresh: ask again
        }
        if (current != null && now - current.started > giveUpNanos()) {
            current.thread.interrupt(); // some drivers give up a blocked call when interrupted; most do not
            givenUp.add(current);
            current = null;
        }
        forgetLongStuck(now);
        prune();
        if (current == null) {
            if (givenUp.size() >= maxWaitedFor || tooManyHang()) {
                return null;
            }
            current = start(now);
        }
        return current;
    }

    /** Given-up runs past {@value #FORGET_AFTER_GIVE_UPS} give-up times no longer keep a new run from starting. */
    private void forgetLongStuck(long now) {
        long forgetNanos = FORGET_AFTER_GIVE_UPS * giveUpNanos();
        for (var runs = givenUp.iterator(); runs.hasNext();) {
            Run run = runs.next();
            if (run.alive() && now - run.started > forgetNanos) {
                runs.remove();
                forgotten.add(run);
                LOG.log(System.Logger.Level.WARNING, "Readiness: a database probe has hung for over "
                        + Duration.ofNanos(forgetNanos).toSeconds() + " s (a read behind a network that drops packets"
                        + " waits until TCP gives up); it is no longer waited for, and a new probe may start. Set a"
                        + " socket timeout in the JDBC URL so that stuck probes end");
            }
        }
    }

    private void prune() {
        givenUp.removeIf(run -> !run.alive());
        forgotten.removeIf(run -> !run.alive());
    }

    /** Whether {@code maxHanging} threads hang: said once in the log, loudly, until some end. */
    private boolean tooManyHang() {
        boolean tooMany = givenUp.size() + forgotten.size() >= maxHanging;
        if (tooMany && !saidTooManyHang) {
            LOG.log(System.Logger.Level.ERROR, "Readiness: " + maxHanging + " database probes hang and none ends; this"
                    + " instance stays not ready until some do. Set a socket timeout in the JDBC URL, or restart the instance");
        }
        saidTooManyHang = tooMany;
        return tooMany;
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
