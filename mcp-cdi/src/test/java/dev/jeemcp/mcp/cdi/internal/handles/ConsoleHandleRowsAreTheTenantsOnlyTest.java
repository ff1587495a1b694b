package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.spi.StoredRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The browser console's list of handles shows the caller's tenant's live handles only, never another tenant's and
 * none to an anonymous caller, a bounded page at a time, without their values.
 */
class ConsoleHandleRowsAreTheTenantsOnlyTest {

    /** A caller of this run only: the fixture's databases outlive a test. */
    private static final String CAROL = "console-carol-" + Long.toString(System.nanoTime(), 36);

    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantsHandlesNeverShow(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> alices = store.as("console-alice", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of("secret"))));
        Handle<Quote> bobs = store.as("console-bob", () -> store.handles().create(new Quote("CAR", BigDecimal.ONE, List.of())));

        List<StoredRow> seenByBob = store.as("console-bob", () -> store.store.rowsOfTenant(0, 1000));
        assertTrue(seenByBob.stream().anyMatch(row -> row.id().equals(bobs.id())));
        assertFalse(seenByBob.stream().anyMatch(row -> row.id().equals(alices.id())), "alice's handle in bob's list");
        StoredRow row = store.as("console-alice", () -> store.store.rowsOfTenant(0, 1000)).stream()
                .filter(r -> r.id().equals(alices.id())).findFirst().orElseThrow();
        assertEquals(alices.expiresAt(), row.expiresAt());
        assertEquals(null, row.status());
        assertTrue(store.as(null, () -> store.store.rowsOfTenant(0, 1000)).isEmpty(), "anonymous callers list nothing");
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aPageIsBounded(Database database) {
        StoreFixture store = StoreFixture.on(database);
        for (int i = 0; i < 3; i++) {
            store.as(CAROL, () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
        }
        assertEquals(2, store.as(CAROL, () -> store.store.rowsOfTenant(0, 2)).size());
        assertEquals(1, store.as(CAROL, () -> store.store.rowsOfTenant(2, 2)).size());
    }
}
