package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.store.HandleRecord;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.spi.StoredRow;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library keeps rows of its own in the handle table (single-use {@code requestState}s, kind
 * {@code jeemcp.requestState}); the console's list of handles never shows one, even where its tenant and owner are
 * the caller's (a tenant resolver may name any tenant).
 */
class ConsoleHandleRowsLeaveOutTheLibrarysRowsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLibraryRowNeverShows(Database database) {
        StoreFixture store = StoreFixture.on(database);
        String frank = "console-frank-" + Long.toString(System.nanoTime(), 36);
        Handle<Quote> own = store.as(frank, () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));
        String internalId = "jeemcp.rs." + Long.toString(System.nanoTime(), 36);
        EntityManager em = store.entityManagers.createEntityManager();
        try {
            em.getTransaction().begin();
            long now = System.currentTimeMillis();
            em.persist(new HandleRecord(internalId, JpaSingleUseStates.KIND, "user:" + frank, frank, "{}", now, now + 600_000));
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        List<StoredRow> seen = store.as(frank, () -> store.store.rowsOfCaller(0, 1000));
        assertTrue(seen.stream().anyMatch(row -> row.id().equals(own.id())));
        assertFalse(seen.stream().anyMatch(row -> row.id().equals(internalId)), "the library's own row in the list");
    }
}
