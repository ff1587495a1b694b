package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.TestRequests;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.spi.StoredRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The browser console's list of handles shows the caller's own live handles only: never another tenant's, never a
 * colleague's in the same tenant (a handle id is an access key within the tenant), none to an anonymous caller, a
 * bounded page at a time, without their values.
 */
class ConsoleHandleRowsAreTheCallersOwnTest {

    /** A caller of this run only: the fixture's databases outlive a test. */
    private static final String CAROL = "console-carol-" + Long.toString(System.nanoTime(), 36);

    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantsHandlesNeverShow(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> alices = store.as("console-alice", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of("secret"))));
        Handle<Quote> bobs = store.as("console-bob", () -> store.handles().create(new Quote("CAR", BigDecimal.ONE, List.of())));

        List<StoredRow> seenByBob = store.as("console-bob", () -> store.store.rowsOfCaller(0, 1000));
        assertTrue(seenByBob.stream().anyMatch(row -> row.id().equals(bobs.id())));
        assertFalse(seenByBob.stream().anyMatch(row -> row.id().equals(alices.id())), "alice's handle in bob's list");
        StoredRow row = store.as("console-alice", () -> store.store.rowsOfCaller(0, 1000)).stream()
                .filter(r -> r.id().equals(alices.id())).findFirst().orElseThrow();
        assertEquals(alices.expiresAt(), row.expiresAt());
        assertEquals(null, row.status());
        assertTrue(store.as(null, () -> store.store.rowsOfCaller(0, 1000)).isEmpty(), "anonymous callers list nothing");
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aPageIsBounded(Database database) {
        StoreFixture store = StoreFixture.on(database);
        for (int i = 0; i < 3; i++) {
            store.as(CAROL, () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
        }
        assertEquals(2, store.as(CAROL, () -> store.store.rowsOfCaller(0, 2)).size());
        assertEquals(1, store.as(CAROL, () -> store.store.rowsOfCaller(2, 2)).size());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aColleaguesHandleInTheSameTenantNeverShows(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String team = "console-team-" + Long.toString(System.nanoTime(), 36);
        store.withSettings(Map.of("mcp.tenantRoles", team), () -> {
            Handle<Quote> dans = store.in(TestRequests.caller("console-dan", team),
                    () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
            Handle<Quote> eves = store.in(TestRequests.caller("console-eve", team),
                    () -> store.handles().create(new Quote("CAR", BigDecimal.ONE, List.of())));
            List<StoredRow> seenByEve = store.in(TestRequests.caller("console-eve", team), () -> store.store.rowsOfCaller(0, 1000));
            assertTrue(seenByEve.stream().anyMatch(row -> row.id().equals(eves.id())));
            assertFalse(seenByEve.stream().anyMatch(row -> row.id().equals(dans.id())), "a colleague's handle in eve's list");
            assertEquals(dans.id(), store.in(TestRequests.caller("console-eve", team),
                    () -> store.handles().find(dans.id(), Quote.class)).id(), "the tenant shares the handle itself");
            return null;
        });
    }
}
