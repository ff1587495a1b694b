package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.HandleConflictException;
import dev.jeemcp.mcp.handles.HandleNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tenants that differ only in case, accents or trailing spaces are different tenants: MariaDB's default collation
 * would take {@code bob}, {@code BOB}, {@code bób} and {@code bob } for one, so the DDL compares them byte for byte.
 */
class BinaryCollationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void namesThatDifferOnlyInCaseAccentsOrTrailingSpacesAreDifferentTenants(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String run = UUID.randomUUID().toString().substring(0, 8); // the fixture's tables outlive one test
        List<String> names = List.of("bob" + run, "BOB" + run, "bób" + run, "bob" + run + " ");
        List<Handle<Quote>> handles = names.stream()
                .map(name -> store.as(name, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of(name)))))
                .toList();

        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String own = handles.get(i).id();
            assertEquals(List.of(own), store.as(name, () -> store.handles().list(Quote.class)).stream().map(Handle::id).toList(),
                    "'" + name + "' lists only its own");
            for (int j = 0; j < names.size(); j++) {
                if (i == j) {
                    continue;
                }
                Handle<Quote> other = handles.get(j);
                assertThrows(HandleNotFoundException.class, () -> store.as(name, () -> store.handles().find(other.id(), Quote.class)));
                assertThrows(HandleConflictException.class, () -> store.as(name, () -> store.handles().update(other, other.value().with("taken"))));
                assertThrows(HandleConflictException.class, () -> store.as(name, () -> {
                    store.handles().delete(other);
                    return null;
                }));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String id = handles.get(i).id();
            assertEquals(List.of(name), store.as(name, () -> store.handles().find(id, Quote.class)).value().notes(),
                    "nothing the others did changed it");
        }
    }
}
