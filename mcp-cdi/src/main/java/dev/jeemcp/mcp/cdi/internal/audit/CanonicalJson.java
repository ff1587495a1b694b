package dev.jeemcp.mcp.cdi.internal.audit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The canonical form of arguments that {@link dev.jeemcp.mcp.McpAuditEvent} documents, which {@link DigestKey} digests: members sorted
 * by name at every depth, no whitespace, only {@code "}, {@code \} and control characters escaped, numbers as their
 * exact decimal text. Written here rather than by a JSON-P writer, whose escaping and number text differ between
 * implementations, so the digest is the same on every server.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The arguments without the members named in {@code left out}, in canonical form. */
    public static String of(JsonObject arguments, Set<String> leftOut) {
        StringBuilder out = new StringBuilder();
        out.append('{');
        boolean first = true;
        for (String name : new TreeSet<>(arguments.keySet())) {
            if (leftOut.contains(name)) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(name, out);
            out.append(':');
            value(arguments.get(name), out);
        }
        return out.append('}').toString();
    }

    private static void value(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> out.append(of((JsonObject) value, Set.of()));
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(array.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().toString());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            default -> out.append("null");
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
