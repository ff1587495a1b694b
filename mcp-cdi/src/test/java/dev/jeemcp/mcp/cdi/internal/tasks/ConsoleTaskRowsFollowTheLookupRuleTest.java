package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.discovery.CdiCatalog;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.StoredRow;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The browser console lists exactly the tasks the caller could look up one by one with {@code tasks/get}: its own,
 * and its tenant's tasks of tools that share them; never another tenant's, never a colleague's private one, none to
 * an anonymous caller; a bounded page at a time.
 */
class ConsoleTaskRowsFollowTheLookupRuleTest {

    private static List<String> ids(TaskFixture fixture, McpRequest request, int offset, int limit) {
        CdiCatalog catalog = fixture.container.select(CdiCatalog.class).get();
        return fixture.inRequestScope(() -> catalog.storedRows(request, StoredRow.Type.TASKS, offset, limit))
                .stream().map(StoredRow::id).toList();
    }

    /** Names of this run only: other tests leave their callers' tasks in the shared databases. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantsTasksNeverShow(Database database) {
        String alice = "console-alice-" + RUN + database;
        String bob = "console-bob-" + RUN + database;
        try (TaskFixture fixture = new TaskFixture(database)) {
            String alices = fixture.start(alice, "approve", "{}").taskId();
            String bobs = fixture.start(bob, "approve", "{}").taskId();
            assertEquals(List.of(alices), ids(fixture, TaskFixture.request(alice), 0, 50));
            assertEquals(List.of(bobs), ids(fixture, TaskFixture.request(bob), 0, 50));
            assertTrue(ids(fixture, TaskFixture.request(null), 0, 50).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void colleaguesSeeSharedTasksOnlyAndPagesAreBounded(Database database) {
        String tenantA = "console-a-" + RUN;
        String tenantB = "console-b-" + RUN;
        System.setProperty("mcp.tenantRoles", tenantA + "," + tenantB);
        try (TaskFixture fixture = new TaskFixture(database)) {
            var alice = TaskFixture.request("alice", Set.of(tenantA));
            var carol = TaskFixture.request("carol", Set.of(tenantA));
            var bob = TaskFixture.request("bob", Set.of(tenantB));
            String own = fixture.start(alice, "approve", "{}").taskId();
            String shared = fixture.start(alice, "teamApproval", "{}").taskId();

            assertEquals(Set.of(own, shared), Set.copyOf(ids(fixture, alice, 0, 50)));
            assertEquals(List.of(shared), ids(fixture, carol, 0, 50));
            assertTrue(ids(fixture, bob, 0, 50).isEmpty());
            assertEquals(1, ids(fixture, alice, 0, 1).size());
            assertEquals(1, ids(fixture, alice, 1, 1).size());
            assertTrue(ids(fixture, alice, 2, 1).isEmpty());
        } finally {
            System.clearProperty("mcp.tenantRoles");
        }
    }
}
