package dev.jeemcp.mcp.cdi.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRateLimit;
import dev.jeemcp.mcp.McpRateLimitedException;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * A limit of N calls per window admits exactly N in each fixed window and refuses the next with the milliseconds until
 * the window ends; the next window admits N again. The same in instance mode and in database mode on each database.
 */
class ALimitAdmitsExactlyItsCallsPerWindowTest {

    static Stream<Arguments> modes() {
        return Stream.of(
                Arguments.of("instance", (Supplier<RateFixture>) () -> RateFixture.instance()),
                Arguments.of("H2", (Supplier<RateFixture>) () -> RateFixture.database(Database.H2)),
                Arguments.of("PostgreSQL", (Supplier<RateFixture>) () -> RateFixture.database(Database.POSTGRESQL)),
                Arguments.of("MariaDB", (Supplier<RateFixture>) () -> RateFixture.database(Database.MARIADB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void nCallsThenARefusalUntilTheWindowEnds(String mode, Supplier<RateFixture> fixtures) {
        try (RateFixture rates = fixtures.get()) {
            RateLimit three = RateFixture.own(3, "PT1M", McpRateLimit.Scope.CALLER);
            rates.now.set(RateFixture.START + 15_000); // a quarter into the window
            for (int i = 1; i <= 3; i++) {
                assertTrue(rates.admits("alice", "quote", three), "call " + i + " of 3");
            }
            McpRateLimitedException refused = rates.refusal("alice", "quote", three);
            assertNotNull(refused, "the fourth call of the window");
            assertEquals(45_000, refused.retryAfterMillis(), "until the window ends");
            assertEquals(45, refused.retryAfterSeconds());

            rates.now.set(RateFixture.START + 59_999);
            assertNotNull(rates.refusal("alice", "quote", three), "the last millisecond of the window");
            assertEquals(1, rates.refusal("alice", "quote", three).retryAfterMillis());

            rates.now.set(RateFixture.START + 60_000);
            for (int i = 1; i <= 3; i++) {
                assertTrue(rates.admits("alice", "quote", three), "call " + i + " of the next window");
            }
            assertNotNull(rates.refusal("alice", "quote", three));
        }
    }
}
