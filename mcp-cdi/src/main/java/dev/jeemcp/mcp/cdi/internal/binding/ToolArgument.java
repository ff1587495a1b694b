package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Where the value of one method parameter comes from: an argument the client sends (described in the input
 * schema), or the request itself. Built once at deploy time; thread-safe.
 */
public interface ToolArgument {

    /** Adds this argument to the input schema's {@code properties} and {@code required}, if the client sends it. */
    void describe(JsonObjectBuilder properties, List<String> required);

    /** The argument name the client uses, or {@code null} when the client does not send it. */
    String name();

    /** Checks what the client sent and adds any problems; called for all arguments before any is bound. */
    void validate(JsonObject arguments, List<String> problems);

    /** The Java value to pass; only called once every argument validated. */
    Object value(JsonObject arguments, McpRequest request, JsonBinding binding);
}
