package dev.jeemcp.mcp.cdi.internal.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.handles.HandleNotFoundException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids are the kind, an underscore and 128 random bits: unguessable, and recognisably of one kind. */
class HandleFormatTest {

    @Test
    void idsCarryTheKindAnd128RandomBits() {
        StoreFixture store = StoreFixture.on(Database.H2);
        Set<String> ids = new HashSet<>();
        Set<Integer> firstBytes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = store.as("format", () -> store.handles().create(new Quote("TRAVEL", BigDecimal.TEN, List.of()))).id();
            assertTrue(id.matches("quote_[A-Za-z0-9_-]{22}"), id);
            assertEquals(16, Base64.getUrlDecoder().decode(id.substring("quote_".length())).length);
            ids.add(id);
            firstBytes.add(Base64.getUrlDecoder().decode(id.substring(6))[0] & 0xff);
        }
        assertEquals(200, ids.size());
        assertTrue(firstBytes.size() > 100, "ids are random, not sequential: " + firstBytes.size());
    }

    @Test
    void anIdOfAnotherKindOrShapeIsNotFound() {
        StoreFixture store = StoreFixture.on(Database.H2);
        String id = store.as("format", () -> store.handles().create(new Quote("HOME", BigDecimal.ONE, List.of()))).id();
        for (String wrong : List.of("policy_" + id.substring(6), id + "x", "quote_", "' OR 1=1 --")) {
            assertThrows(HandleNotFoundException.class, () -> store.as("format", () -> store.handles().find(wrong, Quote.class)));
        }
    }

    @Test
    void aClassWithoutHandleKindIsRefusedWithItsName() {
        var error = assertThrows(IllegalArgumentException.class, () -> HandleKinds.of(String.class));
        assertEquals("java.lang.String is not a handle value: annotate it with @HandleKind", error.getMessage());
    }
}
