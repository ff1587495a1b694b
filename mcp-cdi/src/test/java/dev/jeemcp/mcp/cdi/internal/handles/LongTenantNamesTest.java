package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.store.StoredKey;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tenants and owners of any length fit their 255-character columns: longer than 128 characters they are stored as
 * their SHA-256, so two long names that share their first 255 characters stay two tenants, and nothing fails.
 */
class LongTenantNamesTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void longNamesSharingTheirFirst255CharactersAreTwoTenants(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String prefix = UUID.randomUUID() + "x".repeat(300);
        String first = prefix + "-first";
        String second = prefix + "-second";
        Handle<Quote> firsts = store.as(first, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("first"))));
        Handle<Quote> seconds = store.as(second, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("second"))));

        assertEquals(List.of(firsts.id()), store.as(first, () -> store.handles().list(Quote.class)).stream().map(Handle::id).toList());
        assertEquals(List.of("second"), store.as(second, () -> store.handles().find(seconds.id(), Quote.class)).value().notes());
        assertThrows(HandleNotFoundException.class, () -> store.as(second, () -> store.handles().find(firsts.id(), Quote.class)));
        Handle<Quote> updated = store.as(first, () -> store.handles().update(firsts, firsts.value().with("again")));
        assertEquals(List.of("first", "again"), updated.value().notes());
    }

    @Test
    void theStoredFormIsTheValueUpTo128CharactersElseItsHash() {
        assertEquals("user:alice", StoredKey.of("user:alice"));
        String limit = "u".repeat(StoredKey.MAX_PLAIN);
        assertEquals(limit, StoredKey.of(limit));
        String hashed = StoredKey.of(limit + "u");
        assertTrue(hashed.matches("sha256:[A-Za-z0-9_-]{43}"), hashed);
        assertEquals(hashed, StoredKey.of(limit + "u"), "stable across instances");
        assertTrue(!StoredKey.of(hashed).equals(hashed), "a value posing as a hash is hashed too, so it cannot take another's place");
    }
}
