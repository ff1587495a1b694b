package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.InvalidTasks;
import jakarta.enterprise.inject.spi.DefinitionException;
import org.junit.jupiter.api.Test;

/** A task declaration that cannot work stops the deployment with a sentence that names the method. */
class InvalidTasksFailDeploymentTest {

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return String.valueOf(error.getMessage()) + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void aTaskMustBeATool() {
        String message = failure(InvalidTasks.TaskWithoutTool.class);
        assertTrue(message.contains("InvalidTasks$TaskWithoutTool.underwrite()") && message.contains("needs @McpTool"), message);
    }

    @Test
    void durationsMustBeIso8601() {
        String message = failure(InvalidTasks.UnreadableTtl.class);
        assertTrue(message.contains("UnreadableTtl.underwrite()") && message.contains("ttl = \"an hour\""), message);
    }

    /** A run would block a managed thread on the stage, whose work may wait behind it on the same executor. */
    @Test
    void aTaskCannotAnswerLater() {
        String message = failure(InvalidTasks.TaskAnsweringLater.class);
        assertTrue(message.contains("TaskAnsweringLater.underwrite()") && message.contains("cannot return a CompletionStage"), message);
    }
}
