package dev.jeemcp.it.infra;

import static dev.jeemcp.it.infra.JsonRpc.obj;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool calls as a validating client makes them: the tools are listed once, and every {@code structuredContent} is
 * checked against its tool's {@code outputSchema} with the real validator before the test sees it.
 */
public final class CheckedCalls {

    private final RawHttp caller;
    private final Map<String, JsonObject> tools = new HashMap<>();

    public CheckedCalls(RawHttp caller) {
        this.caller = caller;
        JsonObject listed = caller.expect(caller.modern("tools/list", obj(), null), 200, null).getJsonObject("result");
        listed.getJsonArray("tools").forEach(tool -> tools.put(tool.asJsonObject().getString("name"), tool.asJsonObject()));
    }

    /** The tools this caller was shown, by name. */
    public Map<String, JsonObject> tools() {
        return tools;
    }

    /** The {@code result} of a call answered with 200, its structured content valid against the output schema. */
    public JsonObject call(String tool, JsonObject arguments) {
        JsonObject answer = caller.expect(caller.modern("tools/call", obj("name", tool, "arguments", arguments), tool), 200, null);
        JsonObject result = answer.getJsonObject("result");
        if (result == null) {
            throw new AssertionError(tool + " was answered with an error: " + answer);
        }
        JsonObject definition = tools.get(tool);
        if (definition != null && definition.containsKey("outputSchema") && result.containsKey("structuredContent")) {
            List<String> problems = JsonSchemas.problems(definition.get("outputSchema"), result.get("structuredContent"));
            if (!problems.isEmpty()) {
                throw new AssertionError(tool + " answered what its outputSchema forbids: " + problems + " in " + result);
            }
        }
        return result;
    }

    /** The structured content of a call that must succeed. */
    public JsonObject success(String tool, JsonObject arguments) {
        JsonObject result = call(tool, arguments);
        if (result.getBoolean("isError", false)) {
            throw new AssertionError(tool + " failed: " + result);
        }
        return result.getJsonObject("structuredContent");
    }

    /** The text of a call that must be an {@code isError} result. */
    public String error(String tool, JsonObject arguments) {
        JsonObject result = call(tool, arguments);
        if (!result.getBoolean("isError", false)) {
            throw new AssertionError(tool + " succeeded: " + result);
        }
        return result.getJsonArray("content").getJsonObject(0).getString("text");
    }

    /** The value of a result that wraps a non-object in {@code {"result": ...}}. */
    public static JsonValue wrapped(JsonObject structured) {
        return structured.get("result");
    }
}
