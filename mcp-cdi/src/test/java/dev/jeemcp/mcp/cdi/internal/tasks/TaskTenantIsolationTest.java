package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Another tenant's task, even with its exact id, behaves like one that does not exist, and nothing done to it sticks. */
class TaskTenantIsolationTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantCannotSeeCancelOrAnswerIt(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            TaskInfo alices = fixture.awaitSettled("alice", fixture.start("alice", "approve", "{}").taskId());
            assertEquals(Status.INPUT_REQUIRED, alices.status());
            String id = alices.taskId();

            assertTrue(fixture.find("bob", id).isEmpty());
            assertTrue(fixture.find(null, id).isEmpty());
            assertFalse(fixture.as("bob", () -> fixture.tasks.cancel(id, TaskFixture.request("bob"))));
            assertFalse(fixture.as("bob", () -> fixture.tasks.provideInput(id,
                    CatalogFixture.json("{\"decision\":{\"action\":\"accept\"}}"), TaskFixture.request("bob"))));

            assertEquals(alices, fixture.find("alice", id).orElseThrow(), "nothing bob did changed it");
        }
    }

    /** Even the store's read of a task's stored arguments, handed alice's row, gives bob nothing. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anotherTenantCannotReadItsRequest(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            String id = fixture.awaitSettled("alice", fixture.start("alice", "approve", "{}").taskId()).taskId();
            TaskStore store = fixture.container.select(TaskStore.class).get();
            TaskRecord alices = fixture.as("alice", () -> store.load(id)).orElseThrow();

            assertTrue(fixture.as("alice", () -> store.request(alices)).isPresent(), "alice reads it");
            assertTrue(fixture.as("bob", () -> store.request(alices)).isEmpty(), "bob, with her row");
        }
    }

    /**
     * The tenant comes from the request's roles (mcp.tenantRoles), the servlet sets nothing else: a colleague of the
     * same tenant sees a task only when its tool shares tasks within the tenant (see TaskOwnershipTest).
     */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void colleaguesOfATenantSeeOnlySharedTasks(Database database) {
        System.setProperty("mcp.tenantRoles", "tenant-a,tenant-b");
        try (TaskFixture fixture = new TaskFixture(database)) {
            var alice = TaskFixture.request("alice", Set.of("tenant-a"));
            var carol = TaskFixture.request("carol", Set.of("tenant-a"));
            var bob = TaskFixture.request("bob", Set.of("tenant-b"));
            String id = fixture.start(alice, "approve", "{}").taskId();

            String shared = fixture.start(alice, "teamApproval", "{}").taskId();

            assertTrue(fixture.serving(alice, () -> fixture.tasks.find(id, alice)).isPresent());
            assertTrue(fixture.serving(carol, () -> fixture.tasks.find(id, carol)).isEmpty(), "carol shares tenant A, not the task");
            assertTrue(fixture.serving(carol, () -> fixture.tasks.find(shared, carol)).isPresent(), "a shared task is the tenant's");
            assertTrue(fixture.serving(bob, () -> fixture.tasks.find(id, bob)).isEmpty());
            assertTrue(fixture.serving(bob, () -> fixture.tasks.find(shared, bob)).isEmpty());
        } finally {
            System.clearProperty("mcp.tenantRoles");
        }
    }
}
