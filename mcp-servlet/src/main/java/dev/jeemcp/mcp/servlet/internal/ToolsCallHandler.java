package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.McpTasks;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code tools/call}: one map lookup and one call. A tool the caller may not use answers exactly like one that does
 * not exist, so the error reveals nothing. A malformed request (no name, arguments not an object) and an unknown
 * tool are {@code -32602}; argument values the tool refuses are its {@code isError} result (SEP-1303).
 */
final class ToolsCallHandler implements MethodHandler {

    private final McpCatalog catalog;
    private final MultiRoundTrip roundTrip;
    private final McpTasks tasks;
    private final Map<String, ParamHeaders> headers = new HashMap<>();

    ToolsCallHandler(McpCatalog catalog, MultiRoundTrip roundTrip) {
        this.catalog = catalog;
        this.roundTrip = roundTrip;
        this.tasks = catalog.tasks().orElse(null);
        catalog.tools().forEach(tool -> headers.put(tool.name(), ParamHeaders.of(tool)));
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        if (!(params.get("name") instanceof jakarta.json.JsonString name)) {
            throw McpProtocolException.invalidParams("Invalid params: \"name\" must be a string");
        }
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments != JsonValue.NULL && arguments.getValueType() != JsonValue.ValueType.OBJECT) {
            throw McpProtocolException.invalidParams("Invalid params: \"arguments\" must be an object");
        }
        Tool tool = catalog.findTool(name.getString())
                .filter(found -> found.isVisibleTo(context))
                .orElseThrow(() -> McpProtocolException.invalidParams("Unknown tool: " + name.getString()));
        JsonObject given = arguments instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        if (context.modern()) {
            headers.get(tool.name()).check(given, context);
        }
        if (tasks != null && tool.mayRunAsTask() && context.modern() && TasksHandler.declared(context)) {
            // Invalid arguments make no task: the client gets the isError result a direct call would give.
            var rejected = tool.rejectedArguments(given);
            if (rejected.isPresent()) {
                return rejected.get();
            }
            var refused = tasks.refusal(tool, context);
            if (refused.isPresent()) {
                return refused.get();
            }
            return TaskResults.created(tasks.start(tool, given, context));
        }
        if (tool.requiresTask()) {
            throw TasksHandler.extensionRequired("Tool " + tool.name() + " runs only as a task");
        }
        return roundTrip.run(params, context, McpMethod.TOOLS_CALL, tool.name(), given, resumed -> tool.call(given, resumed));
    }
}
