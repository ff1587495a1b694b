package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Threads calling at once, spread over three limiters in database mode that share one database (as three instances
 * do), never get more calls admitted in a window than the limit, and get exactly the limit: the guarded UPDATE decides
 * under the row's lock, and the race to insert a window's first row is lost by all but one and counted again. In
 * instance mode the threads share one limiter, as the threads of one instance do. Few threads: they share the build
 * machine's database connections with the other tests.
 */
class CountsAreExactUnderConcurrencyTest {

    private static final int THREADS = 6;
    private static final int CALLS_PER_THREAD = 30;
    private static final int LIMIT = 40;

    static Stream<Arguments> modes() {
        return Stream.of(
                Arguments.of("instance", null),
                Arguments.of("H2", Database.H2),
                Arguments.of("PostgreSQL", Database.POSTGRESQL),
                Arguments.of("MariaDB", Database.MARIADB));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void theAdmittedCallsOfAWindowAreExactlyTheLimit(String mode, Database database) throws Exception {
        Supplier<RateFixture> instances = () -> database == null ? RateFixture.instance() : RateFixture.database(database);
        List<RateFixture> limiters = new ArrayList<>();
        RateFixture shared = instances.get();
        limiters.add(shared);
        if (database != null) {
            shared.clearTable();
            for (int i = 1; i < 3; i++) {
                limiters.add(instances.get()); // three "instances", each with its own limiter and connections
            }
        }
        RateLimit limit = RateFixture.own(LIMIT, "PT1H", McpRateLimit.Scope.GLOBAL);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> admitted = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                RateFixture rates = limiters.get(t % limiters.size());
                admitted.add(threads.submit(() -> {
                    start.await();
                    int count = 0;
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        if (rates.admits("caller", "hammered", limit)) {
                            count++;
                        }
                    }
                    return count;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> each : admitted) {
                total += each.get();
            }
            assertEquals(LIMIT, total, THREADS * CALLS_PER_THREAD + " calls against a limit of " + LIMIT);
        } finally {
            threads.shutdownNow();
            limiters.forEach(RateFixture::close);
        }
    }
}
