package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.inject.spi.DefinitionException;
import java.lang.reflect.Method;

/** How deployment errors name a method, so that every feature's sentence points at the same line of code. */
public final class MethodNames {

    private MethodNames() {
    }

    /** {@code com.example.Quotes.start(String, int)}. */
    public static String describe(Method method) {
        StringBuilder name = new StringBuilder(method.getDeclaringClass().getName()).append('.').append(method.getName()).append('(');
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            name.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
        }
        return name.append(')').toString();
    }

    /** The deployment error for an {@code @McpTool} method that cannot be served, with the reason. */
    public static DefinitionException invalid(Method method, String reason) {
        return new DefinitionException("@McpTool method " + describe(method) + " is invalid: " + reason + ".");
    }
}
