package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request's expiry is the asking instance's clock; the instance that stores the answer may run ahead of it. An
 * answer is taken up to {@link JpaInputAnswers#ANSWER_GRACE_MS} past the expiry by the storing instance's clock, and
 * refused after it, well before the purge's grace deletes the row.
 */
class AnAnswerIsTakenWithinTheClockGraceTest {

    private static final String ANSWER = "{\"result\":{\"action\":\"accept\"}}";

    @ParameterizedTest
    @EnumSource(Database.class)
    void anInstanceWhoseClockRunsAheadStillStoresTheAnswer(Database database) {
        StoreFixture store = StoreFixture.on(database);
        JpaInputAnswers answers = store.inputAnswers();
        Instant expiresAt = Instant.now().plusSeconds(5);
        String within = id();
        String beyond = id();
        store.as("erin", () -> answers.asked(within, "call-1", expiresAt, 100));
        store.as("erin", () -> answers.asked(beyond, "call-2", expiresAt, 100));
        try {
            // Ahead by 20 s: 15 s past the expiry by this clock, within the grace.
            answers.setClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(20)));
            assertTrue(store.as("erin", () -> answers.answered(within, ANSWER)), "15 s past, by a clock that runs ahead");
            // Ahead by 40 s: 35 s past, beyond it.
            answers.setClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(40)));
            assertFalse(store.as("erin", () -> answers.answered(beyond, ANSWER)), "35 s past");
        } finally {
            answers.setClock(Clock.systemUTC());
        }
    }

    private static String id() {
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        return "jeemcp-in-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
