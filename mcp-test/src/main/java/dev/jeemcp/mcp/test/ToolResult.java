package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.internal.WireNames.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a {@code tools/call} answered, already checked: a complete result (success or {@code isError}), a request
 * for input to answer with {@link #respond}, or a task to follow with {@link #task()}.
 */
public final class ToolResult {

    private final McpClient client;
    private final String tool;
    private final JsonObject arguments;
    private final JsonObject result;
    private final List<Progress> progress;

    ToolResult(McpClient client, String tool, JsonObject arguments, JsonObject result, List<Progress> progress) {
        this.client = client;
        this.tool = tool;
        this.arguments = arguments;
        this.result = result;
        this.progress = List.copyOf(progress);
    }

    /** The result as it came. */
    public JsonObject json() {
        return result;
    }

    /** Whether the tool answered (no input request, no task). */
    public boolean isComplete() {
        return COMPLETE.equals(result.getString(RESULT_TYPE, COMPLETE));
    }

    /** Whether it is an {@code isError} result: a business failure or bad arguments, which the model reads. */
    public boolean isError() {
        return isComplete() && result.getBoolean(IS_ERROR, false);
    }

    /** Fails unless the tool answered without {@code isError}; returns this result, to read it. */
    public ToolResult assertSuccess() {
        if (!isComplete() || isError()) {
            throw new AssertionError(tool + " was expected to succeed, but answered " + result);
        }
        return this;
    }

    /** Fails unless the call is an {@code isError} result whose text contains {@code expected}. */
    public ToolResult assertError(String expected) {
        if (!isError()) {
            throw new AssertionError(tool + " was expected to fail with \"" + expected + "\", but answered " + result);
        }
        if (!text().contains(expected)) {
            throw new AssertionError(tool + " failed with \"" + text() + "\", which does not contain \"" + expected + "\"");
        }
        return this;
    }

    /** Fails unless the call is an {@code isError} result; returns its text, for a test that compares it whole. */
    public String errorText() {
        if (!isError()) {
            throw new AssertionError(tool + " was expected to fail, but answered " + result);
        }
        return text();
    }

    /** The text of the content blocks of type text, joined by newlines. */
    public String text() {
        return result.getJsonArray(CONTENT).stream().map(JsonValue::asJsonObject)
                .filter(block -> TEXT.equals(block.getString(TYPE, ""))).map(block -> block.getString(TEXT))
                .collect(Collectors.joining("\n"));
    }

    /** The structured content, already valid against the tool's output schema; fails when there is none. */
    public JsonValue structuredValue() {
        JsonValue structured = isComplete() ? result.get(STRUCTURED) : null;
        if (structured == null) {
            throw new AssertionError(tool + " answered no structuredContent: " + result);
        }
        return structured;
    }

    /** The structured content as an object (the usual case: a record or bean result). */
    public JsonObject structured() {
        JsonValue structured = structuredValue();
        if (!(structured instanceof JsonObject object)) {
            throw new AssertionError(tool + " answered structuredContent that is not an object: " + structured);
        }
        return object;
    }

    /** The progress events that came before the answer, for a client made {@link McpClient#withProgress()}. */
    public List<Progress> progress() {
        return progress;
    }

    /** Whether the tool asks for input before it can answer (a multi round-trip request). */
    public boolean isInputRequired() {
        return INPUT_REQUIRED.equals(result.getString(RESULT_TYPE, ""));
    }

    /** The tool's input requests by key ({@code {method, params}} each), empty when it asked for none. */
    public Map<String, JsonObject> inputRequests() {
        if (!isInputRequired() || !result.containsKey(INPUT_REQUESTS)) {
            return Map.of();
        }
        return result.getJsonObject(INPUT_REQUESTS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().asJsonObject()));
    }

    /**
     * Calls the tool again, as a client does after asking the user: the same arguments, these responses (see
     * {@link Input}) and the {@code requestState} echoed exactly.
     */
    public ToolResult respond(Map<String, JsonObject> responses) {
        if (!isInputRequired()) {
            throw new AssertionError(tool + " asked for no input: " + result);
        }
        JsonString state = result.get(REQUEST_STATE) instanceof JsonString text ? text : null;
        return client.call(tool, arguments, Json.createObjectBuilder(Map.copyOf(responses)).build(),
                state == null ? null : state.getString());
    }

    /** The same, answering one input request. */
    public ToolResult respond(String key, JsonObject response) {
        return respond(Map.of(key, response));
    }

    /** Whether the server answered with a task (only to a client made {@link McpClient#withTasks()}). */
    public boolean isTask() {
        return TASK.equals(result.getString(RESULT_TYPE, ""));
    }

    /** The task the call created; fails if the call was answered directly. */
    public McpTask task() {
        if (!isTask()) {
            throw new AssertionError(tool + " did not answer with a task: " + result);
        }
        return new McpTask(client, result);
    }

    /** The tool's name. */
    public String tool() {
        return tool;
    }

    @Override
    public String toString() {
        return tool + " -> " + result;
    }
}
