package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Argument values are in an event only when the application sets mcp.audit.arguments=true, and a parameter marked
 * sensitive never is: neither in the arguments nor in the digest.
 */
class AuditArgumentsTest {

    private static final String ARGUMENTS = "{\"user\":\"ann\",\"password\":\"hunter2\",\"attempt\":1}";

    private static McpAuditEvent loginEvent() {
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            fixture.call("login", ARGUMENTS);
            return fixture.bean(AuditLog.class).only();
        }
    }

    private static McpAuditEvent withArguments() {
        System.setProperty("mcp.audit.arguments", "true");
        try {
            return loginEvent();
        } finally {
            System.clearProperty("mcp.audit.arguments");
        }
    }

    @Test
    void noValuesUnlessTheApplicationAsks() {
        McpAuditEvent event = loginEvent();
        assertNull(event.arguments());
        assertFalse(event.toString().contains("ann\""), event.toString());
    }

    @Test
    void theValuesWhenAskedButNeverASensitiveOne() {
        McpAuditEvent event = withArguments();
        assertEquals("{\"attempt\":1,\"user\":\"ann\"}", event.arguments());
        assertFalse(event.toString().contains("hunter2"));
    }

    @Test
    void theDigestLeavesTheSensitiveValueOut() {
        // The digest of the arguments without the password: another password gives the same digest.
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            fixture.call("login", ARGUMENTS);
            fixture.call("login", ARGUMENTS.replace("hunter2", "letmein"));
            fixture.call("login", ARGUMENTS.replace("ann", "bob"));
            List<McpAuditEvent> events = fixture.bean(AuditLog.class).events();
            assertEquals(events.get(0).argumentsDigest(), events.get(1).argumentsDigest());
            assertNotEquals(events.get(0).argumentsDigest(), events.get(2).argumentsDigest());
        }
    }

    @Test
    void aSensitivePromptArgumentIsLeftOutToo() {
        System.setProperty("mcp.audit.arguments", "true");
        try (CatalogFixture fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class)) {
            fixture.catalog.prompts().get(0).get(Map.of("name", "Ann", "secret", "hunter2"), CatalogFixture.ANONYMOUS);
            McpAuditEvent event = fixture.bean(AuditLog.class).only();
            assertEquals("{\"name\":\"Ann\"}", event.arguments());
            assertTrue(event.argumentsDigest().matches("[0-9a-f]{64}"));
        } finally {
            System.clearProperty("mcp.audit.arguments");
        }
    }
}
