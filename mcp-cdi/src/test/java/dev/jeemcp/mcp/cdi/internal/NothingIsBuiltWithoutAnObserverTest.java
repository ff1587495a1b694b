package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.cdi.internal.audit.AuditCall;
import dev.jeemcp.mcp.cdi.internal.audit.Auditor;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether anybody listens is decided once: with no observer and no sink the auditor is inactive and a call gets the
 * empty audit, so no event, digest or timestamp is made; an observer makes it active.
 */
class NothingIsBuiltWithoutAnObserverTest {

    @Test
    void withoutObserverOrSinkNothingIsBuilt() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class)) {
            Auditor auditor = fixture.bean(Auditor.class);
            assertFalse(auditor.isActive());
            assertSame(AuditCall.NONE, auditor.begin(Feature.TOOL, "login", CatalogFixture.ANONYMOUS, JsonValue.EMPTY_JSON_OBJECT, Set.of()));
        }
    }

    @Test
    void anObserverMakesItActive() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            Auditor auditor = fixture.bean(Auditor.class);
            assertTrue(auditor.isActive());
        }
    }
}
