package dev.jeemcp.mcp.servlet.internal.request;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The container's answers to "is the caller in this role?" for one request, each asked once. A {@code tools/list}
 * over a thousand tools restricted to the same role asks the same question a thousand times, and a container may
 * answer each with a permission check against its security policy (Payara does, through its JACC provider). The
 * caller's roles cannot change within a request.
 *
 * <p>At most {@link #MAX_KEPT} answers are kept: the role names come from the deployment's annotations, but a tool may
 * ask {@code McpRequest.isCallerInRole} with any name, and one request must not grow a map without bound.
 */
public final class RoleAnswers implements Predicate<String> {

    static final int MAX_KEPT = 64;

    private final Predicate<String> container;
    // Concurrent: a call answered on an event stream may ask from another thread than the request's.
    private final Map<String, Boolean> known = new ConcurrentHashMap<>(8);

    public RoleAnswers(Predicate<String> container) {
        this.container = container;
    }

    @Override
    public boolean test(String role) {
        if (role == null) {
            return container.test(null); // the container's answer, as before; a concurrent map holds no null key
        }
        Boolean answer = known.get(role);
        if (answer == null) {
            answer = container.test(role);
            if (known.size() < MAX_KEPT) {
                known.put(role, answer);
            }
        }
        return answer;
    }
}
