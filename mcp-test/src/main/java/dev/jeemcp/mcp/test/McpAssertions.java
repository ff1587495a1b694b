package dev.jeemcp.mcp.test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Assertions about what one caller must not learn of another's state: a handle or task of another tenant is
 * answered exactly as an id that never existed, so its existence does not leak.
 */
public final class McpAssertions {

    private McpAssertions() {
    }

    /**
     * Fails unless {@code caller} calling {@code tool} with {@code handle} as argument {@code argument} gets an
     * {@code isError} result that reads as for a made-up handle of the same shape (the handle's text replaced in both),
     * while {@code owner} calling it with the same arguments is not refused: an answer that fails for everyone (the
     * arguments break the input schema, say) proves nothing. The owner calls last, so a tool that changes state changes
     * it after the checks. Use it with the other tenant's client:
     * {@code assertHandleNotVisible(alice, bob, "get_quote", "quote_id", alicesQuote)}.
     */
    public static void assertHandleNotVisible(McpClient owner, McpClient caller, String tool, String argument, String handle) {
        assertHandleNotVisible(owner, caller, tool, Json.createObjectBuilder().build(), argument, handle);
    }

    /** The same, with the call's other arguments. */
    public static void assertHandleNotVisible(McpClient owner, McpClient caller, String tool, JsonObject otherArguments,
            String argument, String handle) {
        String madeUp = madeUp(handle);
        ToolResult real = caller.call(tool, with(otherArguments, argument, handle));
        ToolResult unknown = caller.call(tool, with(otherArguments, argument, madeUp));
        if (!unknown.isError()) {
            throw new AssertionError(tool + " accepted a made-up " + argument + " " + madeUp + ": " + unknown);
        }
        if (!real.isError()) {
            throw new AssertionError(tool + " let this caller use " + argument + " " + handle + ": " + real);
        }
        String seen = real.text().replace(handle, "ID");
        String expected = unknown.text().replace(madeUp, "ID");
        if (!seen.equals(expected)) {
            throw new AssertionError(tool + " answers another's " + argument + " differently from an unknown one, so it"
                    + " leaks that it exists: \"" + seen + "\" versus \"" + expected + "\"");
        }
        ToolResult own = owner.call(tool, with(otherArguments, argument, handle));
        if (own.isError()) {
            throw new AssertionError(tool + " refuses the owner of " + argument + " " + handle + " too, so the refusal of"
                    + " the other caller proves nothing: " + own);
        }
    }

    /**
     * Fails unless this caller's {@code tasks/get} of {@code taskId} fails exactly as for a task id that never existed:
     * the same JSON-RPC error code, HTTP status, message and data (the ids replaced). The caller declares the tasks
     * extension here, so the refusal is about the task, not about a missing capability.
     */
    public static void assertTaskNotVisible(McpClient caller, String taskId) {
        McpClient withTasks = caller.withTasks();
        String madeUp = madeUp(taskId);
        McpErrorResponse real = taskError(withTasks, taskId);
        McpErrorResponse unknown = taskError(withTasks, madeUp);
        boolean same = real.code() == unknown.code() && real.status() == unknown.status()
                && real.errorMessage().replace(taskId, "ID").equals(unknown.errorMessage().replace(madeUp, "ID"))
                && String.valueOf(real.data()).replace(taskId, "ID").equals(String.valueOf(unknown.data()).replace(madeUp, "ID"));
        if (!same) {
            throw new AssertionError("tasks/get answers another's task differently from an unknown one, so it leaks that"
                    + " it exists: HTTP " + real.status() + " " + real.json() + " versus HTTP " + unknown.status() + " "
                    + unknown.json());
        }
    }

    private static McpErrorResponse taskError(McpClient caller, String taskId) {
        try {
            McpTask task = caller.task(taskId).refresh();
            throw new AssertionError("this caller can read task " + taskId + ": " + task.json());
        } catch (McpErrorResponse expected) {
            return expected;
        }
    }

    /** The same prefix up to the last underscore (handles are {@code kind_...}), the rest replaced by Q's. */
    static String madeUp(String handle) {
        int prefix = handle.lastIndexOf('_') + 1;
        String rest = "Q".repeat(handle.length() - prefix);
        String candidate = handle.substring(0, prefix) + rest;
        return candidate.equals(handle) ? handle.substring(0, prefix) + "R".repeat(handle.length() - prefix) : candidate;
    }

    private static JsonObject with(JsonObject arguments, String name, String value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(arguments);
        return builder.add(name, value).build();
    }
}
