package dev.jeemcp.mcp.test.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Header values as a 2026-07-28 client writes them (SEP-2243): plain ASCII as is, anything else base64-wrapped. */
public final class HeaderValues {

    private static final String PARAM_PREFIX = "Mcp-Param-";
    private static final String X_MCP_HEADER = "x-mcp-header";
    private static final String PROPERTIES = "properties";
    private static final String TYPE = "type";
    private static final Set<String> PRIMITIVES = Set.of("string", "integer", "boolean");
    /** Keywords whose values are data, not schemas: an {@code x-mcp-header} key in them annotates nothing. */
    private static final Set<String> DATA_KEYWORDS = Set.of("const", "enum", "default", "examples");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private HeaderValues() {
    }

    /** The value, or {@code =?base64?...?=} when it has non-ASCII, control characters or outer whitespace. */
    public static String encode(String value) {
        boolean plain = !value.isEmpty() && value.strip().equals(value) && !value.startsWith("=?base64?")
                && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return plain || value.isEmpty() ? value
                : "=?base64?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /**
     * One {@code Mcp-Param-{Name}} header per present argument whose schema names one, the argument reached through
     * nested {@code properties} as its schema is (SEP-2243).
     */
    public static Map<String, String> paramHeaders(JsonObject inputSchema, JsonObject arguments) {
        Map<String, String> headers = new LinkedHashMap<>();
        collect(inputSchema, arguments, headers);
        return headers;
    }

    private static void collect(JsonObject schema, JsonObject arguments, Map<String, String> headers) {
        if (schema == null || !(schema.get(PROPERTIES) instanceof JsonObject properties)) {
            return;
        }
        properties.forEach((name, property) -> {
            if (property instanceof JsonObject object && arguments.containsKey(name) && !arguments.isNull(name)) {
                if (object.get(X_MCP_HEADER) instanceof JsonString header) {
                    headers.put(PARAM_PREFIX + header.getString(), encode(text(arguments.get(name))));
                }
                if (arguments.get(name) instanceof JsonObject nested) {
                    collect(object, nested, headers);
                }
            }
        });
    }

    /**
     * What breaks the {@code x-mcp-header} rules in a tool's input schema: a name that is no HTTP token or repeats
     * another ignoring case, a property that is not a string, integer or boolean, an annotation not reachable from the
     * root through {@code properties} only (under {@code items}, {@code $defs}, {@code anyOf}...). Empty when none.
     */
    public static List<String> annotationProblems(JsonObject inputSchema) {
        List<String> problems = new ArrayList<>();
        visit(inputSchema, true, "#", new HashSet<>(), problems);
        return problems;
    }

    private static void visit(JsonValue node, boolean reachable, String path, Set<String> names, List<String> problems) {
        if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                visit(array.get(i), false, path + "/" + i, names, problems);
            }
            return;
        }
        if (!(node instanceof JsonObject schema)) {
            return;
        }
        if (schema.containsKey(X_MCP_HEADER)) {
            annotation(schema, reachable && !path.equals("#"), path, names, problems);
        }
        schema.forEach((key, value) -> {
            if (key.equals(PROPERTIES) && value instanceof JsonObject properties) {
                properties.forEach((name, property) -> visit(property, reachable, path + "/properties/" + name, names, problems));
            } else if (!DATA_KEYWORDS.contains(key) && !key.equals(X_MCP_HEADER)) {
                visit(value, false, path + "/" + key, names, problems);
            }
        });
    }

    private static void annotation(JsonObject schema, boolean reachable, String path, Set<String> names, List<String> problems) {
        if (!reachable) {
            problems.add(path + ": x-mcp-header only on a property reached from the root through properties");
        }
        if (!(schema.get(X_MCP_HEADER) instanceof JsonString header) || !TOKEN.matcher(header.getString()).matches()) {
            problems.add(path + ": x-mcp-header is an HTTP token (RFC 9110 tchar), got " + schema.get(X_MCP_HEADER));
        } else if (!names.add(header.getString().toLowerCase(Locale.ROOT))) {
            problems.add(path + ": x-mcp-header names are unique ignoring case, " + header.getString() + " repeats");
        }
        if (!(schema.get(TYPE) instanceof JsonString type) || !PRIMITIVES.contains(type.getString())) {
            problems.add(path + ": x-mcp-header only on a string, integer or boolean (never number), got type " + schema.get(TYPE));
        }
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
