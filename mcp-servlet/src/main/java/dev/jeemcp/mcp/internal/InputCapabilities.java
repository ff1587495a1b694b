package dev.jeemcp.mcp.internal;

import dev.jeemcp.mcp.InputRequired;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client capabilities an {@link InputRequired} needs that the client did not declare: a server must not send a
 * request of a kind the client cannot answer. Used alike for a direct call (the servlet) and a task (the CDI module).
 */
public final class InputCapabilities {

    /** The client capability each kind of input request needs. */
    private static final Map<String, String> CAPABILITY_OF_METHOD = Map.of(
            "elicitation/create", "elicitation",
            "sampling/createMessage", "sampling",
            "roots/list", "roots");

    private InputCapabilities() {
    }

    /** The capabilities missing from {@code clientCapabilities}, such as {@code elicitation}; empty when none. */
    public static Set<String> missing(InputRequired input, JsonObject clientCapabilities) {
        Set<String> missing = new TreeSet<>();
        for (JsonObject request : input.inputRequests().values()) {
            String capability = CAPABILITY_OF_METHOD.get(request.getString("method", ""));
            if (capability != null && !clientCapabilities.containsKey(capability)) {
                missing.add(capability);
            }
        }
        return missing;
    }
}
