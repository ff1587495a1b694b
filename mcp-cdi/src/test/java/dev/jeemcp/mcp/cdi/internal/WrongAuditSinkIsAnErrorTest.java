package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import org.junit.jupiter.api.Test;

/** An mcp.audit.sink other than jpa is not silently no audit: calls fail with a sentence naming the setting. */
class WrongAuditSinkIsAnErrorTest {

    @Test
    void anUnknownSinkFailsTheCallNamingTheSetting() {
        System.setProperty("mcp.audit.sink", "kafka");
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class)) {
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> fixture.call("login", "{\"user\":\"ann\",\"password\":\"pw\",\"attempt\":1}"));
            assertEquals("mcp.audit.sink may only be \"jpa\" (or unset), not \"kafka\"", error.getMessage());
        } finally {
            System.clearProperty("mcp.audit.sink");
        }
    }
}
