package dev.jeemcp.mcp.cdi.internal.limits;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database windows this instance has seen full, remembered until they end, so that a flood of calls over a limit
 * is refused from memory without a statement: a window's count only grows until it ends (a refused call's other
 * counts roll back, never below what was committed), so a window once full stays full, and remembering it refuses
 * nothing the database would admit.
 *
 * <p>Bounded: at most {@code max} windows (the setting {@code mcp.rateLimit.maxKeys}); an ended one is dropped when met
 * and whenever the map is full; when it is full of live windows, a new one is not remembered (its calls ask the
 * database, as without this memory), and the map is scanned again only once its earliest window may have ended.
 * Such a refusal cannot be told from the window's earlier ones, so it is news for the audit (an {@code MCP_AUDIT} row)
 * once per {@link #OVERFLOW_EVERY_MS} for all windows not remembered, with a warning: a flood writes one row, not one
 * per call.
 */
final class FullWindows {

    static final long OVERFLOW_EVERY_MS = InstanceCounter.PURGE_EVERY_MS;
    private static final System.Logger LOG = System.getLogger(FullWindows.class.getName());

    private final ConcurrentHashMap<String, Long> ends = new ConcurrentHashMap<>();
    private final int max;
    /** The earliest end of a remembered window, as the last scan found: before it, a full map has no room. */
    private volatile long nextRoom;
    /** When a refusal of a window not remembered is news again. */
    private final AtomicLong nextOverflowNews = new AtomicLong(Long.MIN_VALUE);

    FullWindows(int max) {
        this.max = max;
    }

    /** The milliseconds until the first of the checks' windows known full ends, or 0 when none is known full. */
    long refusal(List<Check> checks, long now) {
        for (Check check : checks) {
            String id = check.rowId(now);
            Long end = ends.get(id);
            if (end != null) {
                if (end > now) {
                    return end - now;
                }
                ends.remove(id, end);
            }
        }
        return 0;
    }

    /**
     * Remembers that the check's window is full until it ends, if there is room.
     *
     * @return whether the refusal is news for the audit: the window is remembered now (the first refusal of it here;
     *     a later one is answered from memory), or, without room, the first refusal not remembered in an interval
     */
    boolean remember(Check check, long now) {
        if (ends.size() >= max) {
            if (now < nextRoom) {
                return overflowNews(now);
            }
            ends.values().removeIf(end -> end <= now);
            if (ends.size() >= max) {
                nextRoom = ends.values().stream().mapToLong(Long::longValue).min().orElse(now);
                return overflowNews(now);
            }
        }
        long end = check.limit().windowStart(now) + check.limit().windowMillis();
        ends.put(check.rowId(now), end);
        if (end < nextRoom) {
            nextRoom = end; // a race may lose this: the map is then scanned a little late, never wrongly
        }
        return true;
    }

    private boolean overflowNews(long now) {
        long due = nextOverflowNews.get();
        if (now >= due && nextOverflowNews.compareAndSet(due, now + OVERFLOW_EVERY_MS)) {
            LOG.log(System.Logger.Level.WARNING, "Rate limits: " + max + " full windows (" + RateLimiter.MAX_KEYS + ") are"
                    + " remembered already, so refusals of others ask the database each time and are audited once a"
                    + " minute. Raise " + RateLimiter.MAX_KEYS);
            return true;
        }
        return false;
    }

    /**
     * Forgets the check's window: a count given back made room in it. Only this instance forgets; another that saw
     * the window full meanwhile refuses its calls until it ends (never more than the limit admits).
     */
    void forget(Check check, long now) {
        ends.remove(check.rowId(now));
    }

    /** How many windows are remembered: for tests of the bound. */
    int size() {
        return ends.size();
    }
}
