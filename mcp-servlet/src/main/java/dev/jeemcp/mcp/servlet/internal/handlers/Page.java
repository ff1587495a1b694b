package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpProtocolException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a list result. The cursor is an opaque encoding of the offset: lists are fixed at deploy time, so an
 * offset means the same thing on every instance and the server remembers nothing between pages.
 *
 * @param items the items on this page
 * @param nextCursor the cursor of the next page, or {@code null} on the last one
 */
record Page<T>(List<T> items, String nextCursor) {

    private static final String PREFIX = "offset:";

    /** The offset the request's cursor names in a list of that size; invalid params when it names none. */
    static int offset(JsonObject params, int size) {
        return offset(params.get("cursor"), size);
    }

    /** The page at an offset that {@link #offset} gave for this list. */
    static <T> Page<T> at(List<T> all, int from, int pageSize) {
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), to < all.size() ? encode(to) : null);
    }

    private static int offset(JsonValue cursor, int size) {
        if (cursor == null || cursor == JsonValue.NULL) {
            return 0;
        }
        if (cursor instanceof JsonString s) {
            if (s.getString().isEmpty()) {
                return 0; // "" is a valid cursor: the first page
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(s.getString()), StandardCharsets.UTF_8);
                if (decoded.startsWith(PREFIX)) {
                    int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                    if (offset >= 0 && offset <= size) {
                        return offset;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a forged or corrupted cursor, reported below
            }
        }
        throw McpProtocolException.invalidParams("Invalid params: unknown cursor");
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
