package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A parameter of type {@link McpRequest}: the method receives the request it serves (caller, client capabilities,
 * answers to an earlier input request, progress reporting). It is not part of the input schema.
 */
public final class RequestArgument implements ToolArgument {

    public static final RequestArgument INSTANCE = new RequestArgument();

    private RequestArgument() {
    }

    @Override
    public void describe(JsonObjectBuilder properties, List<String> required) {
        // the client does not send it
    }

    @Override
    public String name() {
        return null;
    }

    @Override
    public void validate(JsonObject arguments, List<String> problems) {
        // nothing to check
    }

    @Override
    public Object value(JsonObject arguments, McpRequest request, JsonBinding binding) {
        return request;
    }
}
