package dev.jeemcp.mcp.internal;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.McpProtocolException;

/**
 * The one wording of "there is no such feature", for a name that does not exist, a feature hidden from the caller,
 * and a call the container refused ({@link FeatureDenied}) alike, so that the three answers cannot drift apart and a
 * refusal tells nothing a missing feature would not.
 */
public final class UnknownFeatures {

    private UnknownFeatures() {
    }

    public static McpProtocolException tool(String name) {
        return McpProtocolException.invalidParams("Unknown tool: " + name);
    }

    public static McpProtocolException prompt(String name) {
        return McpProtocolException.invalidParams("Unknown prompt: " + name);
    }

    public static McpProtocolException template(String uri) {
        return McpProtocolException.invalidParams("Unknown resource template: " + uri);
    }

    public static McpProtocolException resource(String uri) {
        return new McpProtocolException(McpErrorCodes.INVALID_PARAMS, "Resource not found: " + uri,
                Json.PROVIDER.createObjectBuilder().add("uri", uri).build());
    }
}
