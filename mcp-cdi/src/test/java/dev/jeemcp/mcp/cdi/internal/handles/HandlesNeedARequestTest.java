package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.Handle;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without an MCP request there is no caller to scope handles to, and the store refuses rather than guessing from the
 * container's principal alone, which has no roles to resolve the tenant from.
 */
class HandlesNeedARequestTest {

    private static final String REFUSAL = "Handles and tasks are scoped to the caller of an MCP request, and this thread serves"
            + " none: use them from a tool, prompt, resource or completion method";

    @Test
    void everyOperationOutsideARequestIsRefusedWithAReason() {
        StoreFixture store = StoreFixture.on(Database.H2);
        Handle<Quote> alices = store.as("alice", () -> store.handles().create(new Quote("HOME", BigDecimal.TEN, List.of())));

        var create = assertThrows(IllegalStateException.class,
                () -> store.withoutRequest(() -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of()))));
        assertEquals(REFUSAL, create.getMessage());
        assertEquals(REFUSAL, assertThrows(IllegalStateException.class,
                () -> store.withoutRequest(() -> store.handles().find(alices.id(), Quote.class))).getMessage());
        assertEquals(REFUSAL, assertThrows(IllegalStateException.class,
                () -> store.withoutRequest(() -> store.handles().list(Quote.class))).getMessage());

        assertTrue(store.as("alice", () -> store.handles().list(Quote.class)).stream().anyMatch(h -> h.id().equals(alices.id())),
                "within a request it works as before");
    }
}
