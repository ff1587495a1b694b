package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/**
 * The list methods ({@code tools/list}, {@code prompts/list} and the like): the items this caller may see, paged, with cache hints for 2026-07-28 clients.
 *
 * @param <T> the kind of item listed
 */
final class ListHandler<T> implements MethodHandler {

    private final String key;
    private final Function<CallContext, List<T>> visibleItems;
    private final Function<T, JsonObject> definition;
    private final McpSettings settings;
    private final String cacheScope;

    /**
     * @param key the result member holding the page, such as {@code tools}
     * @param visibleItems the items the request's caller may see, in a stable order
     * @param definition the wire object of one item
     * @param perCaller whether the items depend on the caller, so that no shared cache may keep the list
     */
    ListHandler(String key, Function<CallContext, List<T>> visibleItems, Function<T, JsonObject> definition,
            McpSettings settings, boolean perCaller) {
        this.cacheScope = perCaller ? "private" : "public";
        this.key = key;
        this.visibleItems = visibleItems;
        this.definition = definition;
        this.settings = settings;
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        Page<T> page = Page.of(visibleItems.apply(context), params, settings.pageSize());
        var items = JsonIo.array();
        page.items().forEach(item -> items.add(definition.apply(item)));
        var result = JsonIo.object().add(key, items);
        if (page.nextCursor() != null) {
            result.add(Wire.Result.NEXT_CURSOR, page.nextCursor());
        }
        if (context.modern()) {
            result.add(Wire.Result.TTL_MS, settings.listTtlMs()).add(Wire.Result.CACHE_SCOPE, cacheScope);
        }
        return result.build();
    }
}
