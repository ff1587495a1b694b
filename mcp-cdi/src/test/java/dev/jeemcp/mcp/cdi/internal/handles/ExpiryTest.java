package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleExpiredException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A handle expires after its kind's TTL with an error of its own; a day later the purge removes it. */
class ExpiryTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void expiredIsDistinctFromNotFoundUntilPurged(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Instant start = Instant.now();
        try {
            store.store.setClock(Clock.fixed(start, ZoneOffset.UTC));
            Handle<Quote> quote = store.as("expiry", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
            assertEquals(start.plus(Duration.ofHours(1)).toEpochMilli(), quote.expiresAt().toEpochMilli(), "the TTL of @HandleKind");
            store.as("expiry", () -> store.store.purgeExpired()); // rows other tests left past their grace day

            store.store.setClock(Clock.fixed(start.plus(Duration.ofMinutes(61)), ZoneOffset.UTC));
            var expired = assertThrows(HandleExpiredException.class, () -> store.as("expiry", () -> store.handles().find(quote.id(), Quote.class)));
            assertTrue(expired.getMessage().endsWith("has expired; create a new one"));
            assertThrows(HandleConflictException.class, () -> store.as("expiry", () -> store.handles().update(quote, quote.value())));
            assertTrue(store.as("expiry", () -> store.handles().list(Quote.class)).stream().noneMatch(h -> h.id().equals(quote.id())));

            assertEquals(0, store.as("expiry", () -> store.store.purgeExpired()) - countOthersPurged(), "kept during the grace day");
            assertThrows(HandleExpiredException.class, () -> store.as("expiry", () -> store.handles().find(quote.id(), Quote.class)));

            store.store.setClock(Clock.fixed(start.plus(Duration.ofHours(26)), ZoneOffset.UTC));
            assertTrue(store.as("expiry", () -> store.store.purgeExpired()) >= 1);
            assertThrows(HandleNotFoundException.class, () -> store.as("expiry", () -> store.handles().find(quote.id(), Quote.class)));
        } finally {
            store.store.setClock(Clock.systemUTC());
        }
    }

    /** Handles of other tests are all fresh, so a purge within the grace day removes none of them either. */
    private static int countOthersPurged() {
        return 0;
    }
}
