package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.internal.FeatureDenied;
import dev.jeemcp.mcp.internal.Stages;
import dev.jeemcp.mcp.internal.UnknownFeatures;
import dev.jeemcp.mcp.servlet.internal.protocol.McpMethod;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.servlet.internal.request.ParamHeaders;
import dev.jeemcp.mcp.servlet.internal.roundtrip.MultiRoundTrip;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.TaskStart;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * {@code tools/call}: one map lookup, then the tool found answers alone, by a call or, when the request declared the
 * tasks extension, by starting a task. A tool the caller may not use answers exactly like one that does
 * not exist, so the error reveals nothing. A malformed request (no name, arguments not an object) and an unknown
 * tool are {@code -32602}; argument values the tool refuses are its {@code isError} result (SEP-1303). A tool that
 * {@linkplain Tool#answersLater() answers later} passes the same checks, then answers with a stage.
 */
final class ToolsCallHandler implements MethodHandler {

    /** A tool with what the servlet worked out for it at deploy time, so that a call resolves both in one lookup. */
    private record CallableTool(Tool tool, ParamHeaders headers) {
    }

    private final MultiRoundTrip roundTrip;
    private final boolean tasks;
    private final Map<String, CallableTool> tools = new HashMap<>();
    /** The names of the tools that answer later. */
    private final Set<String> later;

    ToolsCallHandler(McpCatalog catalog, MultiRoundTrip roundTrip) {
        this.roundTrip = roundTrip;
        this.tasks = catalog.tasks().isPresent();
        catalog.tools().forEach(tool -> tools.put(tool.name(), new CallableTool(tool, ParamHeaders.of(tool))));
        later = catalog.tools().stream().filter(Tool::answersLater).map(Tool::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        JsonString name = name(params);
        JsonObject given = arguments(params);
        Tool tool = find(name, given, context);
        try {
            JsonObject answered = answeredAsTask(tool, given, context);
            if (answered != null) {
                return answered;
            }
            return roundTrip.run(params, context, McpMethod.TOOLS_CALL, tool.name(), given, resumed -> {
                // A round resumed after a 2025-era client answered may come minutes later: the same rule as a fresh call.
                if (resumed != context && !tool.isVisibleTo(resumed)) {
                    tool.refused(resumed);
                    throw UnknownFeatures.tool(name.getString());
                }
                return tool.call(given, resumed);
            });
        } catch (FeatureDenied e) {
            throw UnknownFeatures.tool(name.getString()); // the container refused what the access rule let through
        }
    }

    /**
     * Whether this request calls a tool that {@linkplain Tool#answersLater() answers later}, so that the servlet
     * goes async for it and calls {@link #handleLater}. A set lookup, and none at all when no tool answers later; a
     * tool the caller may not use is found here too, and refused by {@link #handleLater} exactly as by {@link #handle}.
     */
    boolean answersLater(JsonObject params) {
        return !later.isEmpty() && params.get("name") instanceof JsonString name && later.contains(name.getString());
    }

    /** {@link #handle} for a tool that answers later: the same checks, then the stage of its result. */
    CompletableFuture<JsonObject> handleLater(JsonObject params, CallContext context) {
        JsonString name = name(params);
        JsonObject given = arguments(params);
        Tool tool = find(name, given, context);
        try {
            JsonObject answered = answeredAsTask(tool, given, context);
            if (answered != null) {
                return CompletableFuture.completedFuture(answered);
            }
        } catch (FeatureDenied e) {
            throw UnknownFeatures.tool(name.getString());
        }
        CompletableFuture<JsonObject> stage = roundTrip.runLater(params, context, McpMethod.TOOLS_CALL, tool.name(), given,
                resumed -> tool.callLater(given, resumed));
        return Stages.then(stage, (result, failure) -> {
            if (failure instanceof FeatureDenied) {
                throw UnknownFeatures.tool(name.getString()); // refused by the container while the stage ran
            }
            if (failure != null) {
                throw failure;
            }
            return result;
        });
    }

    private static JsonObject arguments(JsonObject params) {
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments != JsonValue.NULL && arguments.getValueType() != JsonValue.ValueType.OBJECT) {
            throw McpProtocolException.invalidParams("Invalid params: \"arguments\" must be an object");
        }
        return arguments instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonString name(JsonObject params) {
        if (!(params.get("name") instanceof JsonString name)) {
            throw McpProtocolException.invalidParams("Invalid params: \"name\" must be a string");
        }
        return name;
    }

    private Tool find(JsonString name, JsonObject given, CallContext context) {
        CallableTool callable = tools.get(name.getString());
        if (callable == null) {
            throw UnknownFeatures.tool(name.getString());
        }
        if (!callable.tool().isVisibleTo(context)) {
            callable.tool().refused(context);
            throw UnknownFeatures.tool(name.getString());
        }
        if (context.modern()) {
            callable.headers().check(given, context);
        }
        return callable.tool();
    }

    /** The answer when the call is a task's start, or {@code null} when the tool is to be called. */
    private JsonObject answeredAsTask(Tool tool, JsonObject given, CallContext context) {
        if (tasks && tool.mayRunAsTask() && context.modern() && TasksHandler.declared(context)) {
            TaskStart start = tool.startTask(given, context);
            return start instanceof TaskStart.Started started ? TaskResults.created(started.task())
                    : ((TaskStart.Answered) start).result();
        }
        if (tool.requiresTask()) {
            throw TasksHandler.extensionRequired("Tool " + tool.name() + " runs only as a task");
        }
        return null;
    }
}
