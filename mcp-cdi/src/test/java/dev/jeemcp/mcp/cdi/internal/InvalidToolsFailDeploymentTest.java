package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.InvalidTools;
import jakarta.enterprise.inject.spi.DefinitionException;
import org.junit.jupiter.api.Test;

/** An invalid tool stops the deployment with one sentence that names its class and method. */
class InvalidToolsFailDeploymentTest {

    private static String failure(Class<?>... beans) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(beans).close());
        return String.valueOf(error.getMessage()) + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void aNameOutsideTheSpecPatternFails() {
        String message = failure(InvalidTools.BadName.class);
        assertTrue(message.contains("InvalidTools$BadName.tool()"), message);
        assertTrue(message.contains("\"get quote\""), message);
    }

    @Test
    void anUnsupportedParameterTypeFails() {
        String message = failure(InvalidTools.UnsupportedParameter.class);
        assertTrue(message.contains("InvalidTools$UnsupportedParameter.lookup(Object)"), message);
        assertTrue(message.contains("parameter \"anything\""), message);
    }

    @Test
    void anOptionalPrimitiveFails() {
        String message = failure(InvalidTools.OptionalPrimitive.class);
        assertTrue(message.contains("lookup(int)") && message.contains("primitive"), message);
    }

    @Test
    void onlyScalarsCanBeMirroredInHeaders() {
        String message = failure(InvalidTools.HeaderOnAnObject.class);
        assertTrue(message.contains("HeaderOnAnObject.locate(Point)") && message.contains("cannot be mirrored in header Point"), message);
    }

    @Test
    void aStaticMethodFails() {
        String message = failure(InvalidTools.StaticTool.class);
        assertTrue(message.contains("StaticTool.lookup()") && message.contains("not static"), message);
    }

    @Test
    void aDuplicateNameFailsNamingBothMethods() {
        String message = failure(InvalidTools.FirstOwner.class, InvalidTools.SecondOwner.class);
        assertTrue(message.contains("\"shared\" is already used by"), message);
        assertTrue(message.contains("FirstOwner.first") && message.contains("SecondOwner.second"), message);
    }

    @Test
    void aStageMustNameWhatItCompletesWith() {
        String message = failure(InvalidTools.StageOfAnything.class);
        assertTrue(message.contains("StageOfAnything.lookup()") && message.contains("must name the type it completes with"), message);
    }
}
