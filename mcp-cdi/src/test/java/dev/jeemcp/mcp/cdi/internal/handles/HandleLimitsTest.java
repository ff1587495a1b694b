package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleLimitException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A handle's value is at most {@code mcp.handleMaxBytes} of JSON (64 KiB by default), and a tenant keeps at most
 * {@code mcp.handleQuota} live handles when one is set; beyond either, a clear error and nothing written.
 */
class HandleLimitsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aValueLargerThanTheLimitIsRefusedAndTheOldOneKept(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String user = "big-" + UUID.randomUUID();
        Handle<Quote> small = store.as(user, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("small"))));
        Quote huge = new Quote("HOME", BigDecimal.ONE, List.of("x".repeat(64 * 1024)));

        var refused = assertThrows(HandleLimitException.class, () -> store.as(user, () -> store.handles().create(huge)));
        assertEquals("The quote value is 65579 bytes of JSON; a handle keeps at most 65536 (mcp.handleMaxBytes)", refused.getMessage());
        assertThrows(HandleLimitException.class, () -> store.as(user, () -> store.handles().update(small, huge)));

        assertEquals(List.of(small.id()), store.as(user, () -> store.handles().list(Quote.class)).stream().map(Handle::id).toList(),
                "nothing was written");
        assertEquals(List.of("small"), store.as(user, () -> store.handles().find(small.id(), Quote.class)).value().notes());

        store.withSettings(Map.of(JpaHandles.MAX_BYTES, "100000"), () -> store.as(user, () -> store.handles().create(huge)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTenantKeepsAtMostItsQuota(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String user = "quota-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        store.withSettings(Map.of(JpaHandles.QUOTA, "3"), () -> {
            for (int i = 0; i < 3; i++) {
                store.as(user, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of())));
            }
            var refused = assertThrows(HandleLimitException.class,
                    () -> store.as(user, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("fourth")))));
            assertEquals("This tenant keeps 3 handles, the most allowed (mcp.handleQuota = 3); delete some or let them expire",
                    refused.getMessage());
            assertEquals(3, store.as(user, () -> store.handles().list(Quote.class)).size(), "the fourth was not written");

            store.as(other, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("another tenant's first"))));
            Handle<Quote> first = store.as(user, () -> store.handles().list(Quote.class)).get(0);
            store.as(user, () -> {
                store.handles().delete(first);
                return null;
            });
            return store.as(user, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("room again"))));
        });
    }
}
