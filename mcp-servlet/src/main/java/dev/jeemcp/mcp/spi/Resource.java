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
public interface Resource {

    /** The {@code Resource} of {@code resources/list}, or the {@code ResourceTemplate} of {@code resources/templates/list}. */
    JsonObject definition();

    /** Whether this is a template ({@code uriTemplate}) rather than a single resource ({@code uri}). */
    boolean isTemplate();

    /**
     * Whether the caller of this request may see, read and complete the resource. A resource the caller may not use
     * answers exactly as an unknown one, so its existence does not leak.
     */
    default boolean isVisibleTo(McpRequest request) {
        return true;
    }

    /**
     * Whether {@link #isVisibleTo} depends on the caller, which makes {@code resources/list} or
     * {@code resources/templates/list} private to each caller.
     */
    default boolean isRestricted() {
        return false;
    }

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
