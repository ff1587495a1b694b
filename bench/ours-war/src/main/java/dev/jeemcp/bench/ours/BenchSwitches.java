package dev.jeemcp.bench.ours;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Beans that exist in one benchmark row only, switched by a system property of that row's JVM: the library decides
 * from the beans that exist (an audit observer or not), so a property read at call time could not switch them off.
 */
public class BenchSwitches implements Extension {

    void auditObserver(@Observes ProcessAnnotatedType<AuditObserver> type) {
        if (!Boolean.getBoolean("bench.auditObserver")) {
            type.veto();
        }
    }
}
