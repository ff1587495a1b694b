package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.McpTask;
import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The task tool of the {@code poll} scenario: a client that declares the tasks extension gets a task, which completes
 * at once on the container's managed executor; {@code tasks/get} on it is the poll measured (one indexed read). The
 * SDK and bare servers list it with the same definition; bare answers {@code tasks/get} for the same row over JDBC.
 */
@ApplicationScoped
public class ReportTools {

    @McpTool(description = "Writes a report on the topic, as a task", openWorld = false)
    @McpTask(ttl = "P1D") // a benchmark run polls the same task for well over the default hour
    public String report(String topic) {
        return "report: " + topic;
    }
}
