package dev.jeemcp.mcp.cdi.internal.features;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.caller.AccessRule;
import dev.jeemcp.mcp.spi.Feature;
import jakarta.json.JsonObject;

/**
 * What every feature method shares: its wire definition, the one access rule, and the Java method behind it, which
 * logs name (clients never see it). Immutable.
 */
abstract class FeatureMethod implements Feature {

    private final JsonObject definition;
    private final String javaName;
    private final AccessRule access;

    FeatureMethod(JsonObject definition, String javaName, AccessRule access) {
        this.definition = definition;
        this.javaName = javaName;
        this.access = access;
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
