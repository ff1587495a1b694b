package dev.jeemcp.mcp.internal;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The client capabilities an {@link InputRequired} needs that the client did not declare: a server must not send a
 * request of a kind the client cannot answer. Used alike for a direct call (the servlet) and a task (the CDI module),
 * which refuse it with the {@code -32021} error built here (a task stores its code and message only).
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

    /** {@code -32021} with {@code data.requiredCapabilities}: how every request is refused that needs more of the client. */
    public static McpProtocolException required(String message, JsonObject requiredCapabilities) {
        return new McpProtocolException(McpErrorCodes.MISSING_CLIENT_CAPABILITY, message,
                Json.PROVIDER.createObjectBuilder().add("requiredCapabilities", requiredCapabilities).build());
    }

    /** {@code -32021} naming capabilities such as {@code elicitation}, each with empty settings. */
    public static McpProtocolException required(String message, Set<String> capabilities) {
        JsonObjectBuilder required = Json.PROVIDER.createObjectBuilder();
        capabilities.forEach(capability -> required.add(capability, JsonValue.EMPTY_JSON_OBJECT));
        return required(message, required.build());
    }
}
