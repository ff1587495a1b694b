package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.inject.spi.DefinitionException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How deployment errors name a method, so that every feature's sentence points at the same line of code. */
public final class MethodNames {

    private MethodNames() {
    }

    /** {@code com.example.Quotes.start(String, int)}. */
    public static String describe(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The deployment error for an {@code @McpTool} method that cannot be served, with the reason. */
    public static DefinitionException invalid(Method method, String reason) {
        return new DefinitionException("@McpTool method " + describe(method) + " is invalid: " + reason + ".");
    }
}
