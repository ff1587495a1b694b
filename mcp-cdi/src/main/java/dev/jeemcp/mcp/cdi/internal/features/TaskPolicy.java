package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpTask;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodNames;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How a tool runs as a task, read from {@link McpTask} at deploy time.
 *
 * @param rerunnable whether a task whose instance died may be run again elsewhere: the tool is idempotent
 * @param required whether the tool runs only as a task
 * @param sharedWithinTenant whether the owner's whole tenant may see, answer and cancel the task, not only its owner
 */
public record TaskPolicy(Duration ttl, Duration pollInterval, boolean rerunnable, boolean required, boolean sharedWithinTenant) {

    /** @return the policy, or {@code null} when the method may not run as a task */
    public static TaskPolicy of(AnnotatedMethod<?> annotated, McpTool tool) {
        McpTask task = annotated.getAnnotation(McpTask.class);
        Method method = annotated.getJavaMember();
        if (task == null) {
            return null;
        }
        return new TaskPolicy(duration(method, "ttl", task.ttl()), duration(method, "pollInterval", task.pollInterval()),
                tool.idempotent(), task.required(), task.sharedWithinTenant());
    }

    private static Duration duration(Method method, String attribute, String text) {
        try {
            Duration duration = Duration.parse(text);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw MethodNames.invalid(method, "@McpTask(" + attribute + " = \"" + text + "\") must be a positive ISO-8601 duration such as PT1H");
    }
}
