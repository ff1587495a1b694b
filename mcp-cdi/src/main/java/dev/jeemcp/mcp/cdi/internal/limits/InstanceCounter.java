package dev.jeemcp.mcp.cdi.internal.limits;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window counts in this JVM only: one entry per key, replaced when its window has passed. Each key's count changes
 * under the map's lock of that key alone ({@code compute}), so callers of different keys never wait for each other.
 *
 * <p>The map holds at most {@code maxKeys} entries. An entry stays one window past its own (its caller is "known" while
 * counted in the current or the previous window) and is dropped after that, at most once a {@link #PURGE_EVERY_MS}
 * and whenever the map is full. When it is full of known callers, only a <em>newcomer</em> is refused (like a call over
 * its limit, until an entry may go), with a warning at most once a minute: whoever fills the map with new names
 * cannot push out the callers already counted and lock them out, and memory stays bounded. A full map is found out
 * in constant time until the first entry may go, so a flood of newcomers costs no scan each. A newcomer's refusal is
 * news for the audit once per warning interval (it has no window to remember it by), so a flood writes one row.
 */
final class InstanceCounter {

    static final long PURGE_EVERY_MS = 60_000;
    private static final System.Logger LOG = System.getLogger(InstanceCounter.class.getName());

    /** One key's window; its count changes only inside the map's {@code compute} for that key. */
    private static final class Window {
        final long start;
        final long end;
        int count;
        /** Whether a call was refused in this window already: only the first refusal is news (for the audit). */
        boolean refused;

        Window(long start, long end) {
            this.start = start;
            this.end = end;
        }

        /** When the entry may go: a window after its own ended, so that a caller counted last window is kept. */
        long evictable() {
            return end + (end - start);
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxKeys;
    private volatile long nextPurge;
    /** The earliest time an entry may go, as the last purge found: before it, a full map has no room. */
    private volatile long nextRoom;
    private final AtomicLong newcomersRefused = new AtomicLong();
    private final AtomicLong nextWarning = new AtomicLong(Long.MIN_VALUE);

    InstanceCounter(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /**
     * Counts one call against each check, all or none.
     *
     * @return {@code null} when admitted, else the refusal, saying whether it is the first of its window
     */
    RateGate.Refused admit(List<Check> checks, long now) {
        if (now >= nextPurge) {
            nextPurge = now + PURGE_EVERY_MS;
            purge(now);
        }
        for (int i = 0; i < checks.size(); i++) {
            RateGate.Refused refused = admit(checks.get(i), now);
            if (refused != null) {
                for (int j = 0; j < i; j++) {
                    undo(checks.get(j), now); // a refused call counts against no limit
                }
                return refused;
            }
        }
        return null;
    }

    private RateGate.Refused admit(Check check, long now) {
        RateLimit limit = check.limit();
        long start = limit.windowStart(now);
        long end = start + limit.windowMillis();
        if (windows.size() >= maxKeys && !windows.containsKey(check.key())) {
            if (now >= nextRoom) {
                purge(now);
            }
            if (windows.size() >= maxKeys) {
                // A newcomer is never counted, so each of its calls is a newcomer's again: news (an MCP_AUDIT row) once
                // per warning interval, not once per call of a flood.
                boolean news = refusedNewcomer(now);
                return new RateGate.Refused(nextRoom - now, !news); // when the first count may go
            }
        }
        boolean[] admitted = new boolean[1];
        boolean[] known = new boolean[1];
        windows.compute(check.key(), (key, window) -> {
            Window current = window;
            if (window == null || window.start != start) {
                current = new Window(start, end);
                if (current.evictable() < nextRoom) {
                    nextRoom = current.evictable(); // a race may lose this: the map is then purged late, never wrongly
                }
            }
            if (current.count < limit.calls()) {
                current.count++;
                admitted[0] = true;
            } else {
                known[0] = current.refused;
                current.refused = true;
            }
            return current;
        });
        return admitted[0] ? null : new RateGate.Refused(end - now, known[0]);
    }

    /** Takes back a call counted at {@code now} against each check (a call the container refused). */
    void giveBack(List<Check> checks, long now) {
        for (Check check : checks) {
            undo(check, now);
        }
    }

    private void undo(Check check, long now) {
        long start = check.limit().windowStart(now);
        windows.computeIfPresent(check.key(), (key, window) -> {
            if (window.start == start && window.count > 0) {
                window.count--;
            }
            return window;
        });
    }

    /**
     * Drops every entry idle for a window past its own; an entry replaced meanwhile is kept (the map removes only the
     * value seen). Notes when the next one may go.
     */
    void purge(long now) {
        windows.values().removeIf(window -> window.evictable() <= now);
        long earliest = Long.MAX_VALUE;
        for (Window window : windows.values()) {
            earliest = Math.min(earliest, window.evictable());
        }
        nextRoom = earliest == Long.MAX_VALUE ? now : earliest;
    }

    /** Counts a newcomer's refusal; whether it is the first since the last warning (the warning, once an interval). */
    private boolean refusedNewcomer(long now) {
        long refused = newcomersRefused.incrementAndGet();
        long due = nextWarning.get();
        if (now >= due && nextWarning.compareAndSet(due, now + PURGE_EVERY_MS)) { // one thread per interval
            newcomersRefused.addAndGet(-refused);
            LOG.log(System.Logger.Level.WARNING, "Rate limits: all " + maxKeys + " counts of " + RateLimiter.MAX_KEYS
                    + " are in use by callers counted in the current or the last window, so " + refused + " call(s) needing"
                    + " a new count were refused since the last warning (callers already counted go on). Raise "
                    + RateLimiter.MAX_KEYS + ", or count in the database (" + RateLimiter.MODE + "=database)");
            return true;
        }
        return false;
    }

    /** How many keys are held: for tests of the bound. */
    int size() {
        return windows.size();
    }
}
