package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.internal.InputCapabilities;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.spi.McpTasks;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel}. Each may reach any instance: the task lives in
 * {@link McpTasks}, not here. Only a request that declares the tasks extension may use them, and a task that is
 * unknown, expired or another caller's is answered alike, with {@code -32602}.
 */
final class TasksHandler {

    private TasksHandler() {
    }

    static MethodHandler get(McpTasks tasks) {
        return (params, context) -> TaskResults.detailed(
                tasks.find(taskId(params, context), context).orElseThrow(() -> unknown(params)));
    }

    static MethodHandler update(McpTasks tasks) {
        return (params, context) -> {
            String taskId = taskId(params, context);
            if (!(params.get(Wire.Tasks.INPUT_RESPONSES) instanceof JsonObject responses)) {
                throw McpProtocolException.invalidParams("Invalid params: \"" + Wire.Tasks.INPUT_RESPONSES + "\" must be an object");
            }
            if (!tasks.provideInput(taskId, responses, context)) {
                throw unknown(params);
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        };
    }

    static MethodHandler cancel(McpTasks tasks) {
        return (params, context) -> {
            if (!tasks.cancel(taskId(params, context), context)) {
                throw unknown(params);
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        };
    }

    /** Whether this request declared the tasks extension in its client capabilities. */
    static boolean declared(McpRequest request) {
        return request.clientCapabilities().get(Wire.Tasks.EXTENSIONS) instanceof JsonObject extensions
                && extensions.containsKey(Wire.Tasks.EXTENSION);
    }

    /** {@code -32021}, naming the tasks extension as the capability the client lacks. */
    static McpProtocolException extensionRequired(String what) {
        return InputCapabilities.required(what + ": the client must declare the " + Wire.Tasks.EXTENSION + " extension",
                JsonIo.object().add(Wire.Tasks.EXTENSIONS, JsonIo.object().add(Wire.Tasks.EXTENSION, JsonIo.object())).build());
    }

    private static String taskId(JsonObject params, CallContext context) {
        if (!declared(context)) {
            throw extensionRequired("Tasks");
        }
        if (!(params.get(Wire.Tasks.TASK_ID) instanceof JsonString id)) {
            throw McpProtocolException.invalidParams("Invalid params: \"" + Wire.Tasks.TASK_ID + "\" must be a string");
        }
        return id.getString();
    }

    private static McpProtocolException unknown(JsonObject params) {
        return McpProtocolException.invalidParams("Unknown task: " + params.getString(Wire.Tasks.TASK_ID));
    }
}
