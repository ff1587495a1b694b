package dev.jeemcp.mcp.cdi.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.spi.TaskInfo;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A caller of any name length keeps tasks: tenant and owner are stored bounded, and names sharing a prefix stay apart. */
class TaskLongOwnersTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void longNamesSharingTheirFirst255CharactersHaveTheirOwnTasks(Database database) {
        String prefix = UUID.randomUUID() + "y".repeat(300);
        try (TaskFixture fixture = new TaskFixture(database)) {
            TaskInfo done = fixture.awaitSettled(prefix + "-first", fixture.start(prefix + "-first", "underwrite", "{\"quote\":\"long\"}").taskId());
            assertEquals(TaskInfo.Status.COMPLETED, done.status());
            assertTrue(fixture.find(prefix + "-second", done.taskId()).isEmpty());
        }
    }
}
