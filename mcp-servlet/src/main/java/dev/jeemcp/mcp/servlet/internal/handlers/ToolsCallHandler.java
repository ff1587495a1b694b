package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.ParamHeaders;
import dev.jeemcp.mcp.servlet.internal.roundtrip.MultiRoundTrip;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code tools/call}: one map lookup, then the tool found answers alone, by a call or, when the request declared the
 * tasks extension, by starting a task. A tool the caller may not use answers exactly like one that does
 * not exist, so the error reveals nothing. A malformed request (no name, arguments not an object) and an unknown
 * tool are {@code -32602}; argument values the tool refuses are its {@code isError} result (SEP-1303).
 */
final class ToolsCallHandler implements MethodHandler {

    /** A tool with what the servlet worked out for it at deploy time, so that a call resolves both in one lookup. */
    private record CallableTool(Tool tool, ParamHeaders headers) {
    }

    private final MultiRoundTrip roundTrip;
    private final boolean tasks;
    private final Map<String, CallableTool> tools = new HashMap<>();

    ToolsCallHandler(McpCatalog catalog, MultiRoundTrip roundTrip) {
        this.roundTrip = roundTrip;
        this.tasks = catalog.tasks().isPresent();
        catalog.tools().forEach(tool -> tools.put(tool.name(), new CallableTool(tool, ParamHeaders.of(tool))));
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
        CallableTool callable = tools.get(name.getString());
        if (callable == null || !callable.tool().isVisibleTo(context)) {
            throw unknown(name.getString());
        }
        try {
            return call(callable, params, context);
        } catch (FeatureDenied e) {
            throw unknown(name.getString()); // the container refused what the access rule let through
        }
    }

    private static McpProtocolException unknown(String name) {
        return McpProtocolException.invalidParams("Unknown tool: " + name);
    }

    private JsonObject call(CallableTool callable, JsonObject params, CallContext context) {
        JsonValue arguments = params.get("arguments");
        Tool tool = callable.tool();
        JsonObject given = arguments instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        if (context.modern()) {
            callable.headers().check(given, context);
        }
        if (tasks && tool.mayRunAsTask() && context.modern() && TasksHandler.declared(context)) {
            TaskStart start = tool.startTask(given, context);
            return start instanceof TaskStart.Started started ? TaskResults.created(started.task())
                    : ((TaskStart.Answered) start).result();
        }
        if (tool.requiresTask()) {
            throw TasksHandler.extensionRequired("Tool " + tool.name() + " runs only as a task");
        }
        return roundTrip.run(params, context, McpMethod.TOOLS_CALL, tool.name(), given, resumed -> tool.call(given, resumed));
    }
}
