package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo.Status;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A task is its owner's: a colleague of the same tenant sees it exactly like an unknown one, unless the tool shares
 * its tasks within the tenant; even then only the owner's answers run it, and only the owner's poll runs it again.
 * The tool's roles are checked again on every call.
 */
class TaskOwnershipTest {

    private static final McpRequest ALICE = TaskFixture.request("alice", Set.of("tenant-a"));
    private static final McpRequest ALICE_UNDERWRITER = TaskFixture.request("alice", Set.of("tenant-a", "underwriter"));
    private static final McpRequest CAROL = TaskFixture.request("carol", Set.of("tenant-a"));
    private static final String ACCEPT = "{\"decision\":{\"action\":\"accept\"}}";

    @BeforeEach
    void tenantsFromRoles() {
        System.setProperty("mcp.tenantRoles", "tenant-a,tenant-b");
    }

    @AfterEach
    void clear() {
        System.clearProperty("mcp.tenantRoles");
    }

    private static String start(TaskFixture fixture, String tool, String arguments, McpRequest owner) {
        return fixture.start(owner, tool, arguments).taskId();
    }

    private static Optional<TaskInfo> find(TaskFixture fixture, String id, McpRequest caller) {
        return fixture.serving(caller, () -> fixture.tasks.find(id, caller));
    }

    private static TaskInfo settled(TaskFixture fixture, String id, McpRequest caller) {
        for (int i = 0; i < 1000; i++) {
            TaskInfo task = find(fixture, id, caller).orElseThrow();
            if (task.status() != Status.WORKING) {
                return task;
            }
            TaskFixture.pause(20);
        }
        throw new AssertionError("task " + id + " still working");
    }

    private static boolean answer(TaskFixture fixture, String id, McpRequest caller) {
        return fixture.serving(caller, () -> fixture.tasks.provideInput(id, CatalogFixture.json(ACCEPT), caller));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aColleagueSeesAnotherOwnersTaskAsUnknown(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            String id = start(fixture, "approve", "{}", ALICE);
            TaskInfo waiting = settled(fixture, id, ALICE);
            assertEquals(Status.INPUT_REQUIRED, waiting.status());
            String unknown = "task_" + "U".repeat(22);

            assertEquals(find(fixture, unknown, CAROL), find(fixture, id, CAROL));
            assertEquals(fixture.serving(CAROL, () -> fixture.tasks.cancel(unknown, CAROL)),
                    fixture.serving(CAROL, () -> fixture.tasks.cancel(id, CAROL)));
            assertFalse(answer(fixture, id, CAROL), "carol's answers are refused like answers to an unknown task");

            assertEquals(waiting, find(fixture, id, ALICE).orElseThrow(), "nothing carol did changed it");
            assertTrue(answer(fixture, id, ALICE));
            assertEquals(Status.COMPLETED, settled(fixture, id, ALICE).status());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aSharedTaskIsSeenByTheTenantButAnsweredOnlyByItsOwner(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            String id = start(fixture, "teamApproval", "{}", ALICE);
            assertEquals(Status.INPUT_REQUIRED, settled(fixture, id, ALICE).status());
            assertEquals(Status.INPUT_REQUIRED, find(fixture, id, CAROL).orElseThrow().status(), "shared within tenant A");
            assertTrue(find(fixture, id, TaskFixture.request("bob", Set.of("tenant-b"))).isEmpty(), "never across tenants");

            var refused = assertThrows(McpProtocolException.class, () -> answer(fixture, id, CAROL));
            assertEquals(McpErrorCodes.INVALID_PARAMS, refused.code());
            assertEquals("Only the caller who started task " + id + " can answer its input requests", refused.getMessage());
            assertEquals(Status.INPUT_REQUIRED, find(fixture, id, ALICE).orElseThrow().status());

            assertTrue(answer(fixture, id, ALICE));
            TaskInfo done = settled(fixture, id, CAROL);
            assertEquals(Status.COMPLETED, done.status());
            assertEquals("decided accept after asking: true", done.detail().getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void theToolsRolesAreCheckedOnEveryCall(Database database) {
        try (TaskFixture fixture = new TaskFixture(database)) {
            String id = start(fixture, "underwriterApproval", "{}", ALICE_UNDERWRITER);
            assertEquals(Status.INPUT_REQUIRED, settled(fixture, id, ALICE_UNDERWRITER).status());

            assertTrue(find(fixture, id, ALICE).isEmpty(), "alice lost the underwriter role: the task is unknown to her");
            assertFalse(fixture.serving(ALICE, () -> fixture.tasks.cancel(id, ALICE)));
            assertFalse(answer(fixture, id, ALICE));
            assertEquals(Status.INPUT_REQUIRED, find(fixture, id, ALICE_UNDERWRITER).orElseThrow().status());
        }
    }

    /** A run carries the identity of whoever submits it, so a colleague's poll must not run the owner's task again. */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void aColleaguesPollFailsADeadSharedTaskInsteadOfRunningIt(Database database) {
        String id;
        try (TaskFixture dead = new TaskFixture(database, run -> { })) {
            id = start(dead, "teamUnderwrite", "{\"quote\":\"quote_7\"}", ALICE);
        }
        try (TaskFixture other = new TaskFixture(database)) {
            TaskFixture.pause(5 * TaskFixture.HEARTBEAT_MS);
            TaskInfo failed = find(other, id, CAROL).orElseThrow();
            assertEquals(Status.FAILED, failed.status());
            assertEquals(McpErrorCodes.INTERNAL_ERROR, failed.detail().getInt("code"));
            assertTrue(failed.statusMessage().contains("only the caller who started it may run it"), failed.statusMessage());
        }
    }
}
