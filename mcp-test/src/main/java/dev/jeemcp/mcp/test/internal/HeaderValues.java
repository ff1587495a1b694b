package dev.jeemcp.mcp.test.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Header values as a 2026-07-28 client writes them (SEP-2243): plain ASCII as is, anything else base64-wrapped. */
public final class HeaderValues {

    private static final String PARAM_PREFIX = "Mcp-Param-";
    private static final String X_MCP_HEADER = "x-mcp-header";

    private HeaderValues() {
    }

    /** The value, or {@code =?base64?...?=} when it has non-ASCII, control characters or outer whitespace. */
    public static String encode(String value) {
        boolean plain = !value.isEmpty() && value.strip().equals(value) && !value.startsWith("=?base64?")
                && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return plain || value.isEmpty() ? value
                : "=?base64?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** One {@code Mcp-Param-{Name}} header per top-level argument whose schema names one and which is present. */
    public static Map<String, String> paramHeaders(JsonObject inputSchema, JsonObject arguments) {
        Map<String, String> headers = new LinkedHashMap<>();
        JsonObject properties = inputSchema == null ? null : inputSchema.getJsonObject("properties");
        if (properties == null) {
            return headers;
        }
        properties.forEach((name, schema) -> {
            if (schema instanceof JsonObject property && property.get(X_MCP_HEADER) instanceof JsonString header
                    && arguments.containsKey(name) && !arguments.isNull(name)) {
                headers.put(PARAM_PREFIX + header.getString(), encode(text(arguments.get(name))));
            }
        });
        return headers;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.toString();
        }
        return value.toString();
    }
}
