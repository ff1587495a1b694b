package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpAuditEvent.Outcome;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditLog;
import dev.jeemcp.mcp.cdi.internal.fixtures.AuditedFeatures;
import dev.jeemcp.mcp.spi.Resource;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prompt gets and resource reads fire an McpAuditEvent too; a resource is named by its template, not the URI read. */
class PromptsAndResourcesAreAuditedTest {

    private static CatalogFixture fixture;
    private static AuditLog log;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(AuditedFeatures.class, AuditLog.class);
        log = fixture.bean(AuditLog.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @BeforeEach
    void clear() {
        log.events().clear();
    }

    private static Resource card() {
        return fixture.catalog.resources().get(0);
    }

    @Test
    void aPromptGetIsRecorded() {
        fixture.catalog.prompts().get(0).get(Map.of("name", "Ann", "secret", "s"), TestRequests.caller("ann"));
        McpAuditEvent event = log.only();
        assertEquals(Feature.PROMPT, event.feature());
        assertEquals("greet", event.name());
        assertEquals(Outcome.SUCCESS, event.outcome());
        assertEquals("ann", event.principal());
    }

    @Test
    void aPromptWithoutItsArgumentIsInvalidArguments() {
        assertThrows(McpProtocolException.class, () -> fixture.catalog.prompts().get(0).get(Map.of(), CatalogFixture.ANONYMOUS));
        assertEquals(Outcome.INVALID_ARGUMENTS, log.only().outcome());
    }

    @Test
    void aResourceReadIsRecordedUnderItsTemplate() {
        card().read("customers://c-17/card", Map.of("id", "c-17"), TestRequests.caller("ann"));
        McpAuditEvent event = log.only();
        assertEquals(Feature.RESOURCE, event.feature());
        assertEquals("customers://{id}/card", event.name());
        assertEquals(Outcome.SUCCESS, event.outcome());
    }

    @Test
    void aResourceThatFailsIsRecordedAsFailed() {
        assertThrows(McpProtocolException.class, () -> card().read("customers://gone/card", Map.of("id", "gone"), CatalogFixture.ANONYMOUS));
        assertEquals(Outcome.FAILED, log.only().outcome());
    }
}
