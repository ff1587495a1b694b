package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import dev.jeemcp.mcp.handles.NoTenantException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Another tenant's handle behaves exactly like one that does not exist, even with its exact id. */
class TenantIsolationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantCannotReadUpdateDeleteOrListIt(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> alices = store.as("alice", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of("alice's"))));
        String missing = "quote_" + "A".repeat(22);

        var foreign = assertThrows(HandleNotFoundException.class, () -> store.as("bob", () -> store.handles().find(alices.id(), Quote.class)));
        var absent = assertThrows(HandleNotFoundException.class, () -> store.as("bob", () -> store.handles().find(missing, Quote.class)));
        assertEquals(absent.getMessage().replace(missing, "ID"), foreign.getMessage().replace(alices.id(), "ID"));

        assertThrows(HandleConflictException.class, () -> store.as("bob", () -> store.handles().update(alices, new Quote("HOME", BigDecimal.ONE, List.of("bob's")))));
        assertThrows(HandleConflictException.class, () -> store.as("bob", () -> {
            store.handles().delete(alices);
            return null;
        }));
        assertTrue(store.as("bob", () -> store.handles().list(Quote.class)).stream().noneMatch(h -> h.id().equals(alices.id())));
        // Anonymous callers have no tenant unless the application opens the shared one (AnonymousCallersTest).
        assertThrows(NoTenantException.class, () -> store.as(null, () -> store.handles().find(alices.id(), Quote.class)));

        assertEquals(List.of("alice's"), store.as("alice", () -> store.handles().find(alices.id(), Quote.class)).value().notes(),
                "nothing bob did changed it");
    }
}
