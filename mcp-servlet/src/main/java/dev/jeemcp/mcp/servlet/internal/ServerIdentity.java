package dev.jeemcp.mcp.servlet.internal;

import jakarta.json.JsonObject;

/**
 * What the server says about itself, built once: its {@code Implementation} object and its capabilities, which
 * reflect only what the application declares.
 */
record ServerIdentity(JsonObject serverInfo, JsonObject capabilities, String instructions) {

    static ServerIdentity of(McpSettings settings, boolean tools, boolean prompts, boolean resources, boolean completions) {
        var capabilities = JsonIo.object();
        if (tools) {
            capabilities.add("tools", JsonIo.object());
        }
        if (prompts) {
            capabilities.add("prompts", JsonIo.object());
        }
        if (resources) {
            capabilities.add("resources", JsonIo.object());
        }
        if (completions) {
            capabilities.add("completions", JsonIo.object());
        }
        return new ServerIdentity(
                JsonIo.object().add("name", settings.serverName()).add("version", settings.serverVersion()).build(),
                capabilities.build(),
                settings.instructions());
    }
}
