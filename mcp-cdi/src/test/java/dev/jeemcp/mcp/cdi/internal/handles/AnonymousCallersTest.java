package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.NoTenantException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Anonymous callers keep no handles unless the application opens the shared anonymous tenant
 * ({@code mcp.anonymousTenant}); even then they cannot list it, since every anonymous caller shares it.
 */
class AnonymousCallersTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anonymousCallersAreRefusedByDefault(Database database) {
        StoreFixture store = StoreFixture.on(database);
        Handle<Quote> alices = store.as("alice", () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("alice's"))));
        var refused = assertThrows(NoTenantException.class,
                () -> store.as(null, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of()))));
        assertEquals("Anonymous callers keep no state here: authenticate to use this", refused.getMessage());
        assertThrows(NoTenantException.class, () -> store.as(null, () -> store.handles().find(alices.id(), Quote.class)));
        assertThrows(NoTenantException.class, () -> store.as(null, () -> store.handles().list(Quote.class)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSharedAnonymousTenantWorksByIdButCannotBeListed(Database database) {
        StoreFixture store = StoreFixture.on(database);
        store.withSettings(Map.of(DefaultTenantResolver.ANONYMOUS_TENANT, "true"), () -> {
            Handle<Quote> created = store.as(null, () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of("mine"))));
            assertEquals(List.of("mine"), store.as(null, () -> store.handles().find(created.id(), Quote.class)).value().notes());
            var refused = assertThrows(NoTenantException.class, () -> store.as(null, () -> store.handles().list(Quote.class)));
            assertEquals("Anonymous callers cannot list what is stored: authenticate to see your own", refused.getMessage());
            return null;
        });
    }
}
