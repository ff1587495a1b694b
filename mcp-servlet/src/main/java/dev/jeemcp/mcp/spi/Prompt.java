package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpProtocolException;
import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/** One prompt template: its wire description, how to render it, and how to complete its arguments. Thread-safe. */
public interface Prompt extends Feature {

    /** The name clients get it by; unique within a catalog. */
    String name();

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
