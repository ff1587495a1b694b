package dev.jeemcp.mcp.cdi.internal.limits;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counts in this JVM only: one entry per key, replaced when its window has passed. Each key's count changes
 * under the map's lock of that key alone ({@code compute}), so callers of different keys never wait for each other.
 * The map holds at most {@code maxKeys} entries: ended windows are dropped at most once a {@link #PURGE_EVERY_MS}
 * and whenever it is full, and a call that would need a new key while every entry is a live window is refused like
 * a call over its limit (until the window ends), rather than letting callers grow memory without bound.
 */
final class InstanceCounter {

    static final long PURGE_EVERY_MS = 60_000;

    /** One key's window; its count changes only inside the map's {@code compute} for that key. */
    private static final class Window {
        final long start;
        final long end;
        int count;

        Window(long start, long end) {
            this.start = start;
            this.end = end;
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int maxKeys;
    private volatile long nextPurge;

    InstanceCounter(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /**
     * Counts one call against each check, all or none.
     *
     * @return 0 when admitted, else the milliseconds until the refusing limit's window ends
     */
    long admit(List<Check> checks, long now) {
        if (now >= nextPurge) {
            nextPurge = now + PURGE_EVERY_MS;
            purge(now);
        }
        for (int i = 0; i < checks.size(); i++) {
            long refused = admit(checks.get(i), now);
            if (refused > 0) {
                for (int j = 0; j < i; j++) {
                    undo(checks.get(j), now); // a refused call counts against no limit
                }
                return refused;
            }
        }
        return 0;
    }

    private long admit(Check check, long now) {
        RateLimit limit = check.limit();
        long start = limit.windowStart(now);
        long end = start + limit.windowMillis();
        if (windows.size() >= maxKeys && !windows.containsKey(check.key())) {
            purge(now);
            if (windows.size() >= maxKeys) {
                return end - now; // full of live windows: no new key until some end
            }
        }
        boolean[] admitted = new boolean[1];
        windows.compute(check.key(), (key, window) -> {
            Window current = window == null || window.start != start ? new Window(start, end) : window;
            if (current.count < limit.calls()) {
                current.count++;
                admitted[0] = true;
            }
            return current;
        });
        return admitted[0] ? 0 : end - now;
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

    /** Drops every window that has ended; an entry replaced meanwhile is kept (the map removes only the value seen). */
    void purge(long now) {
        windows.values().removeIf(window -> window.end <= now);
    }

    /** How many keys are held: for tests of the bound. */
    int size() {
        return windows.size();
    }
}
