package dev.jeemcp.mcp.server;

import java.util.List;
import java.util.Optional;

/**
 * The tools one deployment serves, fixed at deploy time.
 *
 * <p>The servlet finds the implementation as a CDI bean, then through {@link java.util.ServiceLoader}. Because the
 * catalog never changes after boot and holds no per-client state, every instance behind a load balancer serves
 * every request the same way.
 *
 * <p>Implementations must be thread-safe; the servlet calls them from many request threads at once.
 */
public interface ToolCatalog {

    /** All tools, in a stable order (the order {@code tools/list} pages through). */
    List<Tool> tools();

    /** The tool with that exact name, or empty. Called once per {@code tools/call}, so it should be a map lookup. */
    Optional<Tool> find(String name);
}
