package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.spi.Feature;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The list methods ({@code tools/list}, {@code prompts/list} and the like): the features this caller may see, paged,
 * with cache hints for 2026-07-28 clients. A list holding any restricted feature is private to each caller.
 */
final class ListHandler implements MethodHandler {

    private final String key;
    private final List<Feature> features;
    private final McpSettings settings;
    private final String cacheScope;

    /**
     * @param key the result member holding the page, such as {@code tools}
     * @param features the features listed, in a stable order
     */
    ListHandler(String key, List<? extends Feature> features, McpSettings settings) {
        this.key = key;
        this.features = List.copyOf(features);
        this.settings = settings;
        this.cacheScope = this.features.stream().anyMatch(Feature::isRestricted) ? "private" : "public";
    }

    @Override
    public JsonObject handle(JsonObject params, CallContext context) {
        List<Feature> visible = features.stream().filter(feature -> feature.isVisibleTo(context)).toList();
        Page<Feature> page = Page.of(visible, params, settings.pageSize());
        var items = JsonIo.array();
        page.items().forEach(feature -> items.add(feature.definition()));
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
