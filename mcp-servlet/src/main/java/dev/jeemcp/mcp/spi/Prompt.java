package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/** One prompt template: its wire description, how to render it, and how to complete its arguments. Thread-safe. */
public interface Prompt {

    /** The name clients get it by; unique within a catalog. */
    String name();

    /** The {@code Prompt} object of {@code prompts/list}: name, title, description, arguments. */
    JsonObject definition();

    /**
     * Whether the caller of this request may see, get and complete the prompt. A prompt the caller may not use
     * answers exactly as an unknown one, so its existence does not leak.
     */
    default boolean isVisibleTo(McpRequest request) {
        return true;
    }

    /** Whether {@link #isVisibleTo} depends on the caller, which makes {@code prompts/list} private to each caller. */
    default boolean isRestricted() {
        return false;
    }

    /**
     * Renders the prompt.
     *
     * @param arguments the string arguments the client sent
     * @return the {@code GetPromptResult} body: {@code messages} and optionally {@code description}
     * @throws McpProtocolException -32602 when a required argument is missing
     * @throws InputRequired when it needs more input from the client first
     */
    JsonObject get(Map<String, String> arguments, McpRequest request);

    /** Suggestions for an argument's value, best first; empty when the argument has no completion. */
    default List<String> complete(String argument, String prefix, Map<String, String> context, McpRequest request) {
        return List.of();
    }

    /** Whether {@link #complete} can suggest anything, which decides the {@code completions} capability. */
    default boolean completes() {
        return false;
    }
}
