package dev.jeemcp.mcp.cdi.internal.audit;

import dev.jeemcp.mcp.McpAuditEvent.Feature;
import dev.jeemcp.mcp.McpRequest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * The {@link Auditor} as features are given it: they are made while discovery runs, when no bean can be looked up
 * yet, so the bean is found on the first call (as the task runtime is).
 */
public final class AuditTrail {

    private final BeanManager beanManager;
    private volatile Auditor auditor;

    private AuditTrail(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    /** The trail of the application whose container this manager belongs to. */
    public static AuditTrail deferred(BeanManager beanManager) {
        return new AuditTrail(beanManager);
    }

    /** {@link Auditor#begin}, or {@link AuditCall#NONE} when nobody listens. */
    public AuditCall begin(Feature feature, String name, McpRequest request, JsonObject arguments, Set<String> sensitive) {
        Auditor found = auditor;
        if (found == null) {
            found = beanManager.createInstance().select(Auditor.class).get(); // a client proxy: the same for everyone
            auditor = found;
        }
        return found.begin(feature, name, request, arguments, sensitive);
    }
}
