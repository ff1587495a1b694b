package dev.jeemcp.it.infra;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits for a condition by asking again until a deadline, instead of sleeping a fixed time that is too long on a fast
 * machine and too short on a loaded one. A wait that runs out fails with what was awaited.
 */
public final class Poll {

    /** How long to wait between two looks: short against the deadlines, long enough not to load a server. */
    private static final Duration INTERVAL = Duration.ofMillis(100);

    /** A look at the world; it may throw, which ends the wait at once. */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    private Poll() {
    }

    /** Waits until {@code condition} holds; fails when it does not within {@code deadline}. */
    public static void until(Duration deadline, Probe<Boolean> condition, String what) {
        until(deadline, condition, Boolean.TRUE::equals, what);
    }

    /**
     * Looks with {@code probe} until what it sees is {@code done}, and returns that; fails when it is not within
     * {@code deadline}, with the last thing seen.
     */
    public static <T> T until(Duration deadline, Probe<T> probe, Predicate<? super T> done, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T seen;
            try {
                seen = probe.get();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError("while waiting for " + what + ": " + e, e);
            }
            if (done.test(seen)) {
                return seen;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("waited " + deadline + " for " + what + " in vain; last seen: " + seen);
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
