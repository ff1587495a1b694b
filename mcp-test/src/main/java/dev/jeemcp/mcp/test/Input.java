package dev.jeemcp.mcp.test;

import jakarta.json.JsonObject;

/**
 * Answers to a server's input requests (elicitation), for {@link ToolResult#respond} and {@link McpTask#respond}:
 * what a user would have done with the form the tool asked for.
 */
public final class Input {

    private Input() {
    }

    /** The user filled in the form with this content. */
    public static JsonObject accept(JsonObject content) {
        return McpJson.obj("action", "accept", "content", content);
    }

    /** The user filled in the form: alternating field names and values, as {@link McpJson#obj}. */
    public static JsonObject accept(Object... fieldsAndValues) {
        return accept(McpJson.obj(fieldsAndValues));
    }

    /** The user declined to answer. */
    public static JsonObject decline() {
        return McpJson.obj("action", "decline");
    }

    /** The user dismissed the request. */
    public static JsonObject cancel() {
        return McpJson.obj("action", "cancel");
    }
}
