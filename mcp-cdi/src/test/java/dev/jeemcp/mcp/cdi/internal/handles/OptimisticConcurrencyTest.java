package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 50 concurrent updates of one handle: each applies or gets the retryable conflict, and none is lost. */
class OptimisticConcurrencyTest {

    private static final int THREADS = 50;

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyUpdateAppliesOrConflictsAndNoneIsLost(Database database) throws Exception {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> quote = store.as("racer", () -> store.handles().create(new Quote("MOTOR", BigDecimal.ONE, List.of())));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                String note = "update-" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store.as("racer", () -> {
                        Handle<Quote> read = store.handles().find(quote.id(), Quote.class);
                        try {
                            store.handles().update(read, read.value().with(note));
                            return note;
                        } catch (HandleConflictException e) {
                            assertTrue(e.getMessage().endsWith("read it again and retry"));
                            return null;
                        }
                    });
                }));
            }
            start.countDown();
            Set<String> applied = new HashSet<>();
            int conflicts = 0;
            for (Future<String> outcome : outcomes) {
                String note = outcome.get(60, TimeUnit.SECONDS);
                if (note == null) {
                    conflicts++;
                } else {
                    applied.add(note);
                }
            }
            Handle<Quote> last = store.as("racer", () -> store.handles().find(quote.id(), Quote.class));
            assertEquals(THREADS, applied.size() + conflicts);
            assertTrue(applied.size() >= 1);
            assertEquals(applied, new HashSet<>(last.value().notes()), "exactly the applied updates are in the value");
            assertEquals(applied.size(), last.value().notes().size(), "none twice");
            assertEquals(quote.version() + applied.size(), last.version());
        } finally {
            pool.shutdownNow();
        }
    }
}
