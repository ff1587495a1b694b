package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.McpAuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * An application's audit observer, as the library's Javadoc suggests one: it receives every call's
 * {@link McpAuditEvent} and counts it. A bean only in the {@code audit-obs} row ({@code -Dbench.auditObserver=true},
 * see {@link BenchSwitches}): without an observer the library builds no event at all, which is the plain row's "off".
 */
@ApplicationScoped
public class AuditObserver {

    private static final Logger LOG = Logger.getLogger(AuditObserver.class.getName());

    private final LongAdder events = new LongAdder();

    void record(@Observes McpAuditEvent event) {
        events.increment();
        if (events.sum() == 1) {
            // What bench/lib/servers.sh looks for: the events reached the application, not only the library's log.
            LOG.info(() -> "Bench audit observer: first event, " + event.feature() + " " + event.name() + " " + event.outcome());
        }
    }
}
