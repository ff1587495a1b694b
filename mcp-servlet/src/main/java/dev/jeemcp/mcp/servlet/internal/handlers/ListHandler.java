package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.McpSettings;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.protocol.WrittenJson;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.spi.Feature;
import jakarta.json.JsonObject;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The list methods ({@code tools/list}, {@code prompts/list} and the like): the features this caller may see, paged,
 * with cache hints for 2026-07-28 clients. A list holding any restricted feature is private to each caller.
 *
 * <p>A page is the same JSON for every request that sees the same features, asks for the same offset and speaks the
 * same era, since the features and their definitions are fixed at deploy time. So each such page is built and written
 * once ({@link WrittenJson}) and kept under exactly that key: the era, the offset and the set of features the caller
 * may see, as the features' own {@code isVisibleTo} decides for this request, so role filtering applies on every
 * request as before. At most {@link #MAX_PAGES} pages are kept; beyond that a page is built per request, as without
 * the cache.
 */
final class ListHandler implements MethodHandler {

    private final String key;
    private final List<Feature> features;
    private final McpSettings settings;
    private final String cacheScope;
    /** Written pages by era, offset and visible features; never more than {@link #MAX_PAGES}. */
    private final Map<PageKey, WrittenJson> pages = new ConcurrentHashMap<>();
    /** Places taken in {@link #pages}. */
    private final AtomicInteger kept = new AtomicInteger();

    /** The most pages kept: callers with many different visible sets or offsets cannot grow the cache further. */
    static final int MAX_PAGES = 256;

    /** What a page depends on besides the deploy-time features. */
    private record PageKey(boolean modern, int offset, BitSet visible) {
    }

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
        BitSet visibleSet = new BitSet(features.size());
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).isVisibleTo(context)) {
                visibleSet.set(i);
            }
        }
        List<Feature> visible = visibleSet.cardinality() == features.size() ? features
                : visibleSet.stream().mapToObj(features::get).toList();
        int offset = Page.offset(params, visible.size());
        PageKey key = new PageKey(context.modern(), offset, visibleSet);
        if (offset % settings.pageSize() != 0) {
            // Not a cursor this server issues (they name page starts): built for this request only, so that forged
            // cursors cannot fill the cache with pages nobody else asks for.
            return build(Page.at(visible, offset, settings.pageSize()), context.modern());
        }
        WrittenJson cached = pages.get(key);
        if (cached != null) {
            return cached;
        }
        WrittenJson page = WrittenJson.of(build(Page.at(visible, offset, settings.pageSize()), context.modern()));
        // A place is taken before the page goes in, so that concurrent first requests cannot pass the bound either.
        if (kept.incrementAndGet() > MAX_PAGES || pages.putIfAbsent(key, page) != null) {
            kept.decrementAndGet();
        }
        return page;
    }

    /** How many pages are kept (for tests). */
    int pagesKept() {
        return pages.size();
    }

    private JsonObject build(Page<Feature> page, boolean modern) {
        var items = JsonIo.array();
        page.items().forEach(feature -> items.add(feature.definition()));
        var result = JsonIo.object().add(key, items);
        if (page.nextCursor() != null) {
            result.add(Wire.Result.NEXT_CURSOR, page.nextCursor());
        }
        if (modern) {
            result.add(Wire.Result.TTL_MS, settings.listTtlMs()).add(Wire.Result.CACHE_SCOPE, cacheScope);
        }
        return result.build();
    }
}
