package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.SensitiveMemberTools;
import jakarta.enterprise.inject.spi.DefinitionException;
import org.junit.jupiter.api.Test;

/**
 * {@code @McpParam(sensitive = true)} leaves a whole argument out of the audit; on a record component it would promise
 * what the audit does not do (leave out part of an argument), so it fails the deployment with a sentence.
 */
class SensitiveMarksParametersOnlyTest {

    @Test
    void onARecordComponentItFailsTheDeployment() {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(SensitiveMemberTools.class).close());
        String message = error.getMessage() + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
        assertTrue(message.contains("@McpParam on " + SensitiveMemberTools.Card.class.getName() + ".pin may only give a description"), message);
    }
}
