package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.internal.WireNames.*;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/** The checked result of {@code prompts/get} or {@code resources/read}. */
public final class McpAnswer {

    private final String method;
    private final JsonObject result;

    McpAnswer(String method, JsonObject result) {
        this.method = method;
        this.result = result;
    }

    /** The result as it came. */
    public JsonObject json() {
        return result;
    }

    /** Whether the server asks for input first (its {@code inputRequests}), rather than answering. */
    public boolean isInputRequired() {
        return INPUT_REQUIRED.equals(result.getString(RESULT_TYPE, ""));
    }

    /**
     * The text of the answer: for a prompt, its messages' text blocks; for a resource, its text contents; joined by
     * newlines.
     */
    public String text() {
        if (PROMPTS_GET.equals(method)) {
            return result.getJsonArray(MESSAGES).stream().map(message -> message.asJsonObject().getJsonObject(CONTENT))
                    .filter(content -> content != null && TEXT.equals(content.getString(TYPE, "")))
                    .map(content -> content.getString(TEXT)).collect(Collectors.joining("\n"));
        }
        return result.getJsonArray(CONTENTS).stream().map(JsonValue::asJsonObject).filter(content -> content.containsKey(TEXT))
                .map(content -> content.getString(TEXT)).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return method + " -> " + result;
    }
}
