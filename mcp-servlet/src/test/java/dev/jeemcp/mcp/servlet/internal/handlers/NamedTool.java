package dev.jeemcp.mcp.servlet.internal.handlers;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;

/** A tool that is only listed: its definition is its name. For the list tests. */
record NamedTool(String name) implements Tool {
    @Override
    public JsonObject definition() {
        return JsonIo.object().add("name", name).build();
    }

    @Override
    public JsonObject call(JsonObject arguments, McpRequest request) {
        throw new UnsupportedOperationException();
    }
}
