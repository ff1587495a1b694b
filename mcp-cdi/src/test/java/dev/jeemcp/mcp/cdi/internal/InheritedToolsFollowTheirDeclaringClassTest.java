package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.cdi.internal.fixtures.InheritedTools;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A class-level {@code @RolesAllowed} restricts the tools its class declares, not those it inherits from an
 * unannotated superclass, as the container's security interceptor decides: roles are read from the CDI model of the
 * method's declaring type, not from the bean class.
 */
class InheritedToolsFollowTheirDeclaringClassTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(InheritedTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    @Test
    void anInheritedToolIsOpenAndADeclaredOneIsRestricted() {
        assertEquals(List.of("inherited"), fixture.catalog.tools().stream()
                .filter(tool -> tool.isVisibleTo(TestRequests.caller(null))).map(tool -> tool.name()).toList());
        assertEquals(List.of("audited", "inherited"), fixture.catalog.tools().stream()
                .filter(tool -> tool.isVisibleTo(TestRequests.caller("ann", "auditor"))).map(tool -> tool.name()).sorted().toList());
    }
}
