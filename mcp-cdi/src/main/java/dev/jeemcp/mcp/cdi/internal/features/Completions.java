package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.invocation.Invocations;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @McpCompletion} methods of one prompt or resource template, by argument name. Filled while CDI boots
 * (single-threaded), then only read.
 */
public final class Completions {

    /** One completion method: prefix, then optionally the other arguments, then optionally the request. */
    public record Method(MethodInvoker invoker, boolean takesContext, boolean takesRequest, String javaName) {
    }

    private final Map<String, Method> byArgument = new ConcurrentHashMap<>();

    /** @return false when the argument already has one */
    public boolean add(String argument, Method method) {
        return byArgument.putIfAbsent(argument, method) == null;
    }

    boolean any() {
        return !byArgument.isEmpty();
    }

    List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
        Method method = byArgument.get(argument);
        if (method == null) {
            return List.of();
        }
        Object[] values = new Object[1 + (method.takesContext() ? 1 : 0) + (method.takesRequest() ? 1 : 0)];
        values[0] = prefix;
        if (method.takesContext()) {
            values[1] = Map.copyOf(context);
        }
        if (method.takesRequest()) {
            values[values.length - 1] = request;
        }
        Object returned = Invocations.call(method.invoker(), values, "Completion of " + argument, method.javaName());
        return returned == null ? List.of() : ((List<?>) returned).stream().map(String::valueOf).toList();
    }
}
