package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A handle is created, read, updated, listed and deleted, with its value and version intact, on every database. */
class HandleLifecycleTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHandleLivesThroughEveryOperation(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Quote quote = new Quote("HOME", new BigDecimal("216.00"), List.of("created"));
        Handle<Quote> created = store.as("lifecycle", () -> store.handles().create(quote));

        Handle<Quote> found = store.as("lifecycle", () -> store.handles().find(created.id(), Quote.class));
        assertEquals(quote, found.value());
        assertEquals(created.version(), found.version());

        Handle<Quote> updated = store.as("lifecycle", () -> store.handles().update(found, found.value().with("updated")));
        assertEquals(found.version() + 1, updated.version());
        assertEquals(List.of("created", "updated"), store.as("lifecycle", () -> store.handles().find(created.id(), Quote.class)).value().notes());

        assertEquals(List.of(created.id()), store.as("lifecycle", () -> store.handles().list(Quote.class)).stream().map(Handle::id).toList());

        assertThrows(HandleConflictException.class, () -> store.as("lifecycle", () -> {
            store.handles().delete(found); // an outdated version deletes nothing
            return null;
        }));
        store.as("lifecycle", () -> {
            store.handles().delete(updated);
            return null;
        });
        assertThrows(HandleNotFoundException.class, () -> store.as("lifecycle", () -> store.handles().find(created.id(), Quote.class)));
    }
}
