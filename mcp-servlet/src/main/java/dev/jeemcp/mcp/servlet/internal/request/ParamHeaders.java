package dev.jeemcp.mcp.servlet.internal.request;

import dev.jeemcp.mcp.McpErrorCodes;
import dev.jeemcp.mcp.servlet.internal.protocol.Fault;
import dev.jeemcp.mcp.servlet.internal.protocol.HeaderValues;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code Mcp-Param-*} headers of a 2026-07-28 {@code tools/call}: each argument whose schema carries
 * {@code x-mcp-header} is mirrored in a header, so that gateways can route on it without reading the body, and the
 * server checks that the two agree. Worked out per tool at deploy time.
 */
public final class ParamHeaders {

    static final String EXTENSION = "x-mcp-header";
    static final String PREFIX = "Mcp-Param-";

    /** One mirrored argument. */
    private record Mirror(String argument, String header, String type) {
    }

    private final List<Mirror> mirrors;

    private ParamHeaders(List<Mirror> mirrors) {
        this.mirrors = mirrors;
    }

    public static ParamHeaders of(Tool tool) {
        List<Mirror> mirrors = new ArrayList<>();
        JsonObject properties = tool.definition().getJsonObject("inputSchema").getJsonObject("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
                if (property.getValue() instanceof JsonObject schema && schema.get(EXTENSION) instanceof JsonString header) {
                    mirrors.add(new Mirror(property.getKey(), header.getString(), schema.getString("type", "string")));
                }
            }
        }
        return new ParamHeaders(List.copyOf(mirrors));
    }

    /** @throws Fault -32020 when a mirrored argument is sent without its header, or they differ */
    public void check(JsonObject arguments, CallContext context) {
        for (Mirror mirror : mirrors) {
            JsonValue value = arguments.get(mirror.argument());
            if (value == null || value == JsonValue.NULL) {
                continue; // no argument, no header
            }
            String header;
            try {
                header = HeaderValues.decode(context.headers().apply(PREFIX + mirror.header()));
            } catch (IllegalArgumentException e) {
                header = null;
            }
            if (header == null || !agrees(value, header, mirror.type())) {
                throw Fault.envelope(McpErrorCodes.HEADER_MISMATCH, "Header mismatch: the " + PREFIX + mirror.header()
                        + " header must carry argument \"" + mirror.argument() + "\"");
            }
        }
    }

    private static boolean agrees(JsonValue value, String header, String type) {
        return switch (type) {
            case "integer" -> {
                try {
                    yield value instanceof JsonNumber number
                            && number.bigDecimalValue().compareTo(new BigDecimal(header)) == 0;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
            case "boolean" -> (value == JsonValue.TRUE && header.equals("true")) || (value == JsonValue.FALSE && header.equals("false"));
            default -> value instanceof JsonString text && text.getString().equals(header);
        };
    }
}
