package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.fixtures.GuardedTools;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** @RolesAllowed, @PermitAll, @DenyAll and @McpTool(rolesAllowed) decide who sees and calls each tool. */
class RolesAllowedTest {

    private static CatalogFixture fixture;

    @BeforeAll
    static void boot() {
        fixture = new CatalogFixture(GuardedTools.class);
    }

    @AfterAll
    static void shutdown() {
        fixture.close();
    }

    private static McpRequest caller(String name, String... roles) {
        return TestRequests.caller(name, roles);
    }

    private static List<String> visibleTo(McpRequest request) {
        return fixture.catalog.tools().stream().filter(tool -> tool.isVisibleTo(request)).map(tool -> tool.name()).toList();
    }

    @Test
    void methodRolesOverrideClassRoles() {
        assertEquals(List.of("hello", "quote", "whoami"), visibleTo(caller("alice", "quoter")));
        assertEquals(List.of("hello", "underwrite", "whoami"), visibleTo(caller("uma", "underwriter")));
        assertEquals(List.of("audit", "hello", "quote", "whoami"), visibleTo(caller("carol", "quoter", "auditor")));
    }

    @Test
    void anonymousCallersSeeOnlyWhatIsPermittedToAll() {
        assertEquals(List.of("hello"), visibleTo(caller(null)));
    }

    @Test
    void denyAllHidesFromEveryone() {
        assertFalse(visibleTo(caller("root", "quoter", "underwriter", "auditor")).contains("shutdown"));
    }

    @Test
    void restrictionIsKnownSoListsArePrivate() {
        assertTrue(fixture.tool("quote").isRestricted());
        assertFalse(fixture.tool("hello").isRestricted());
    }
}
