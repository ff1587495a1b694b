package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRequest;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource, or a family of them behind a URI template (RFC 6570 simple {@code {name}} expressions). Thread-safe.
 */
public interface Resource extends Feature {

    /** Whether this is a template ({@code uriTemplate}) rather than a single resource ({@code uri}). */
    boolean isTemplate();

    /** The variables of {@code uri} when this resource serves it, else empty. */
    Optional<Map<String, String>> match(String uri);

    /**
     * Reads it.
     *
     * @param variables the template variables taken from {@code uri}; empty for a single resource
     * @return the {@code contents} array body: {@code {"contents": [...]}}
     * @throws InputRequired when it needs more input from the client first
     */
    JsonObject read(String uri, Map<String, String> variables, McpRequest request);

    /** Suggestions for a template variable, best first. */
    default List<String> complete(String variable, String prefix, Map<String, String> context, McpRequest request) {
        return List.of();
    }

    /** Whether {@link #complete} can suggest anything. */
    default boolean completes() {
        return false;
    }
}
