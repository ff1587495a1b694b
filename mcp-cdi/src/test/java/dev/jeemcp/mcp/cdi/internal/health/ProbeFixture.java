package dev.jeemcp.mcp.cdi.internal.health;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link BoundedProbe} on a clock the test moves, with threads it counts and checks that hang until released. The
 * bound is a few milliseconds of real waiting; every other time is the test's clock.
 */
final class ProbeFixture implements AutoCloseable {

    static final Duration BOUND = Duration.ofMillis(20);
    static final Duration FRESH = Duration.ofMillis(10);

    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger threadsStarted = new AtomicInteger();
    final AtomicInteger checksAsked = new AtomicInteger();
    /** Released when the test ends: every hanging check returns then. */
    final CountDownLatch release = new CountDownLatch(1);

    private final ThreadFactory threads = runnable -> {
        threadsStarted.incrementAndGet();
        Thread thread = new Thread(runnable, "test-probe");
        thread.setDaemon(true);
        return thread;
    };

    static final int MAX_WAITED_FOR = 3;
    static final int MAX_HANGING = 10;

    BoundedProbe probe(BoundedProbe.Check check) {
        return probe(check, BOUND);
    }

    /** With a bound of its own: a test whose caller must wait for a check until the test lets it answer. */
    BoundedProbe probe(BoundedProbe.Check check, Duration bound) {
        return new BoundedProbe(() -> {
            checksAsked.incrementAndGet();
            return check.answers();
        }, threads, bound, FRESH, MAX_WAITED_FOR, MAX_HANGING, nanos::get);
    }

    /** A check that never answers until the test ends, deaf to interrupts as most JDBC drivers are. */
    boolean hang() {
        boolean interrupted = false;
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    /** Past the point where a running check is given up. */
    void advancePastStuck() {
        advance(BOUND.multipliedBy(BoundedProbe.STUCK_AFTER_BOUNDS + 1L).plus(FRESH));
    }

    /** Runs a caller on a daemon thread of its own, so that a test that fails never leaves it behind. */
    static void daemon(Runnable caller) {
        Thread thread = new Thread(caller, "test-caller");
        thread.setDaemon(true);
        thread.start();
    }

    /** Past the point where a given-up check no longer counts against the checks waited for. */
    void advancePastForgotten() {
        advance(BOUND.multipliedBy((long) BoundedProbe.STUCK_AFTER_BOUNDS * BoundedProbe.FORGET_AFTER_GIVE_UPS).plus(FRESH));
    }

    @Override
    public void close() {
        release.countDown();
    }
}
