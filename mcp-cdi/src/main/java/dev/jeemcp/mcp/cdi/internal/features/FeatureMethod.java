package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpAuditEvent;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.audit.AuditCall;
import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.spi.Feature;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * What every feature method shares: its wire definition, the one access rule, and the Java method behind it, which
 * logs name (clients never see it). Immutable.
 */
abstract class FeatureMethod implements Feature {

    private final JsonObject definition;
    private final String javaName;
    private final AccessRule access;
    private final AuditTrail trail;
    private final Set<String> sensitive;

    /**
     * @param trail where calls are audited, {@code null} for none
     * @param sensitive the arguments marked {@code @McpParam(sensitive = true)}, never audited
     */
    FeatureMethod(JsonObject definition, String javaName, AccessRule access, AuditTrail trail, Set<String> sensitive) {
        this.definition = definition;
        this.javaName = javaName;
        this.access = access;
        this.trail = trail;
        this.sensitive = Set.copyOf(sensitive);
    }

    /** Audits a request that named the feature but may not see it: a refusal, with no arguments digested. */
    final void auditRefusal(McpAuditEvent.Feature feature, String name, McpRequest request) {
        try {
            audit(feature, name, request, null).end(McpAuditEvent.Outcome.REFUSED);
        } catch (RuntimeException e) {
            // Whatever auditing does (a misconfigured sink), a hidden feature must still answer exactly as an unknown one.
            System.getLogger(FeatureMethod.class.getName()).log(System.Logger.Level.WARNING,
                    "The refusal of " + name + " could not be audited: " + e);
        }
    }

    /** Starts auditing one call, on the thread of its request; {@link AuditCall#NONE} when nobody listens. */
    final AuditCall audit(McpAuditEvent.Feature feature, String name, McpRequest request, JsonObject arguments) {
        return trail == null ? AuditCall.NONE : trail.begin(feature, name, request, arguments, sensitive);
    }

    @Override
    public final JsonObject definition() {
        return definition;
    }

    @Override
    public final boolean isVisibleTo(McpRequest request) {
        return access.allows(request);
    }

    @Override
    public final boolean isRestricted() {
        return access.isRestricted();
    }

    /** The method, as {@code com.example.Quotes.start(String, int)}, for logs. */
    final String javaName() {
        return javaName;
    }
}
