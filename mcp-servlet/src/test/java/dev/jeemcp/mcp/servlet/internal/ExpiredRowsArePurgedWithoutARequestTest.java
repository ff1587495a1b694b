package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.LegacyInputFixture.SharedAnswers;
import dev.jeemcp.mcp.servlet.internal.http.ScheduledPurge;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.Tool;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Expired rows are deleted on a timer of each instance, not only when a later call asks for input: a quiet system,
 * or one whose instance died holding a call, sheds them too. The purge runs with the application's class loader (on
 * the servlet's own thread Tomcat finds {@code java:comp} by it), survives a failure, and stops with the servlet.
 */
class ExpiredRowsArePurgedWithoutARequestTest {

    /** A scheduler that records what is scheduled and runs it only when the test says so. */
    static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        Runnable scheduled;
        long delayMs;
        long periodMs;
        ScheduledFuture<?> future;

        RecordingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            scheduled = command;
            delayMs = unit.toMillis(initialDelay);
            periodMs = unit.toMillis(delay);
            future = super.scheduleWithFixedDelay(() -> { }, 1, 1, TimeUnit.DAYS);
            return future;
        }
    }

    @Test
    void thePurgeIsScheduledEveryFiveMinutesFromAMinuteAfterTheStartAndRunsWithoutARequest() {
        AtomicInteger purges = new AtomicInteger();
        AtomicReference<ClassLoader> loader = new AtomicReference<>();
        McpCatalog catalog = new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return List.of();
            }

            @Override
            public void purgeExpired() {
                purges.incrementAndGet();
                loader.set(Thread.currentThread().getContextClassLoader());
            }
        };
        ClassLoader application = new URLClassLoader(new URL[0], getClass().getClassLoader());
        RecordingScheduler scheduler = new RecordingScheduler();
        try {
            ScheduledPurge purge = new ScheduledPurge(catalog, application).startOn(scheduler);
            assertEquals(60_000, scheduler.delayMs, "the first a minute after the start");
            assertEquals(300_000, scheduler.periodMs);
            scheduler.scheduled.run();
            assertEquals(1, purges.get());
            assertSame(application, loader.get(), "run with the application's class loader");
            assertSame(getClass().getClassLoader(), Thread.currentThread().getContextClassLoader(), "and given back");
            purge.stop();
            assertTrue(scheduler.future.isCancelled(), "stopped with the servlet");
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** An exception out of a periodic task would suppress every later run: a failing purge must not throw. */
    @Test
    void aPurgeThatFailsLeavesTheNextRunsScheduled() {
        AtomicInteger attempts = new AtomicInteger();
        McpCatalog failing = new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return List.of();
            }

            @Override
            public void purgeExpired() {
                attempts.incrementAndGet();
                throw new IllegalStateException("the database is away");
            }
        };
        ScheduledPurge purge = new ScheduledPurge(failing, getClass().getClassLoader());
        purge.run();
        purge.run();
        assertEquals(2, attempts.get());
    }

    /** A catalog of its own (not CDI) with an answer store: the default purge reaches the store. */
    @Test
    void theDefaultPurgeOfACatalogPurgesItsAnswerStore() {
        SharedAnswers answers = new SharedAnswers();
        McpCatalog catalog = LegacyInputFixture.catalog(answers);
        new ScheduledPurge(catalog, getClass().getClassLoader()).run();
        assertEquals(1, answers.purges.get());
    }
}
