package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.ConstrainedTools;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code ConstraintViolationException} thrown from inside the call (method validation by a container interceptor,
 * or the bean validating itself) becomes the same readable {@code isError} result as a violation found before the
 * call, not "Tool failed".
 */
class ConstraintViolationExceptionFromTheBeanTest {

    @Test
    void theViolationsAreTheResult() {
        try (CatalogFixture fixture = new CatalogFixture(ConstrainedTools.SelfValidatingTools.class)) {
            JsonObject result = fixture.call("self_validating", "{\"items\":3}");
            assertTrue(result.getBoolean("isError"));
            assertEquals("Invalid arguments for tool self_validating: items: must be even",
                    result.getJsonArray("content").getJsonObject(0).getString("text"));
            assertEquals("ordered", fixture.call("self_validating", "{\"items\":2}").getJsonArray("content").getJsonObject(0).getString("text"));
        }
    }
}
