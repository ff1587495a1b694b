package dev.jeemcp.sample;

import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** How many audited business calls this instance has served. */
@ApplicationScoped
public class AuditLog {

    /** The count, as a result object. */
    public record Calls(long calls) {
    }

    private final AtomicLong calls = new AtomicLong();

    void record(String method) {
        calls.incrementAndGet();
    }

    @McpTool(name = "audit_count", description = "How many audited calls this server instance has handled", readOnly = true)
    public Calls count() {
        return new Calls(calls.get());
    }
}
