package dev.jeemcp.mcp.servlet.internal.http;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.servlet.internal.protocol.Wire;
import dev.jeemcp.mcp.servlet.internal.request.CallContext;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.StoredRow;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The console's one route of its own, {@code rows}: a page of the caller's own handles or its tenant's tasks (no
 * MCP method lists them). The tenant comes from the request through the catalog, exactly as for every handle and
 * task read; the rows carry ids, kinds, statuses and times, never values, requests or outcomes. Bounded:
 * {@link #PAGE_SIZE} rows a page, {@link #MAX_PAGES} pages.
 */
final class ConsoleRows {

    static final String PATH = "/rows";
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES = 20;

    private ConsoleRows() {
    }

    /**
     * The page asked for by {@code ?type=handles|tasks&page=N}.
     *
     * @throws IllegalArgumentException when the type or the page is not one of those
     */
    static JsonObject page(McpCatalog catalog, HttpServletRequest request) {
        StoredRow.Type type = type(request.getParameter("type"));
        int page = page(request.getParameter("page"));
        CallContext caller = new CallContext(true, Wire.Version.MODERN.get(0), JsonValue.EMPTY_JSON_OBJECT,
                request.getUserPrincipal(), request::isUserInRole, request::getHeader);
        // One more than a page, to know whether another follows.
        List<StoredRow> rows = catalog.storedRows(caller, type, page * PAGE_SIZE, PAGE_SIZE + 1);
        JsonArrayBuilder array = JsonIo.array();
        rows.stream().limit(PAGE_SIZE).forEach(row -> array.add(json(row)));
        JsonObjectBuilder answer = JsonIo.object().add("rows", array);
        if (rows.size() > PAGE_SIZE && page + 1 < MAX_PAGES) {
            answer.add("nextPage", page + 1);
        }
        return answer.build();
    }

    private static JsonObject json(StoredRow row) {
        JsonObjectBuilder json = JsonIo.object().add("id", row.id()).add("kind", row.kind());
        if (row.status() != null) {
            json.add("status", row.status());
        }
        return json.add("createdAt", text(row.createdAt())).add("updatedAt", text(row.updatedAt()))
                .add("expiresAt", text(row.expiresAt())).build();
    }

    private static String text(Instant instant) {
        return instant.toString();
    }

    private static StoredRow.Type type(String value) {
        if (value == null || value.length() > 16) {
            throw new IllegalArgumentException("type must be handles or tasks");
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "handles" -> StoredRow.Type.HANDLES;
            case "tasks" -> StoredRow.Type.TASKS;
            default -> throw new IllegalArgumentException("type must be handles or tasks");
        };
    }

    private static int page(String value) {
        if (value == null) {
            return 0;
        }
        if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) >= MAX_PAGES) {
            throw new IllegalArgumentException("page must be a number below " + MAX_PAGES);
        }
        return Integer.parseInt(value);
    }
}
