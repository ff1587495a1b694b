package dev.jeemcp.mcp.spi;

import dev.jeemcp.mcp.McpRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tools, prompts and resources one deployment serves, fixed at deploy time.
 *
 * <p>The servlet finds the implementation as a CDI bean, then through {@link java.util.ServiceLoader}. Because the
 * catalog never changes after boot and holds no per-client state, every instance behind a load balancer serves
 * every request the same way.
 *
 * <p>Implementations must be thread-safe; the servlet calls them from many request threads at once.
 */
public interface McpCatalog {

    /** All tools, in a stable order (the order {@code tools/list} pages through). */
    List<Tool> tools();

    /** All prompts, in a stable order. */
    default List<Prompt> prompts() {
        return List.of();
    }

    /** All resources and resource templates, in a stable order. */
    default List<Resource> resources() {
        return List.of();
    }

    /**
     * Serves one request: the servlet calls every handler (tools, prompts, resources, completions, tasks) through
     * this, on the thread that does the work, so that the catalog can make the request known to whatever the
     * feature calls (the {@code mcp-cdi} handle store finds its caller and tenant there). The default only runs it.
     */
    default <T> T serving(McpRequest request, Supplier<T> work) {
        return work.get();
    }

    /**
     * The tenant the caller of that request belongs to, in the form the application stores it, or empty when it
     * belongs to none. A sealed {@code requestState} is bound to it as well as to the caller's name, because names
     * may be unique only within a tenant. The default knows no tenants.
     */
    default Optional<String> tenantOf(McpRequest request) {
        return Optional.empty();
    }

    /** Where tools that {@linkplain Tool#mayRunAsTask() may run as tasks} run, or empty when none do. */
    default Optional<McpTasks> tasks() {
        return Optional.empty();
    }

    /**
     * Whether this instance is ready for traffic, check by check, in a stable order; the instance is ready when every
     * check is up. Called by the readiness endpoint and the MicroProfile Health checks, without a request current, as
     * often as a load balancer polls: an implementation bounds the time it takes and the load it puts on what it
     * checks. The default: a catalog that exists is built.
     */
    default List<ReadinessCheck> readiness() {
        return List.of(new ReadinessCheck(ReadinessCheck.CATALOG, true));
    }

    /**
     * A page of the handles or tasks of the tenant of that request's caller, newest first, for the browser console:
     * at most {@code limit} rows after the first {@code offset}, none that has expired, none of another tenant, and
     * none for an anonymous caller (who shares one tenant with every other anonymous caller). Handles are the
     * caller's own only: a handle id is an access key within the tenant. The default stores nothing.
     */
    default List<StoredRow> storedRows(McpRequest request, StoredRow.Type type, int offset, int limit) {
        return List.of();
    }

    /**
     * Where used {@code requestState} ids are remembered, when the application can share them between instances;
     * needed only with {@code mcp.requestStateSingleUse}.
     */
    default Optional<SingleUseStates> singleUseStates() {
        return Optional.empty();
    }

    /**
     * Where 2025-era clients' answers to the server's input requests wait for the instance that asked, when the
     * application can share them between instances. Without it a legacy client's call that needs input is refused
     * with {@code -32021}.
     */
    default Optional<InputAnswers> inputAnswers() {
        return Optional.empty();
    }

    /**
     * Deletes the expired rows of every store the catalog keeps (handles, tasks, the answers of 2025-era clients). The
     * servlet calls it every few minutes on its scheduler, on a thread that serves no request, so that rows left by a
     * quiet system, or by an instance that died, go too; a failure is logged and the next run tries again. The
     * default purges the {@link #inputAnswers} store, if there is one.
     */
    default void purgeExpired() {
        inputAnswers().ifPresent(InputAnswers::purgeExpired);
    }
}
