package dev.jeemcp.mcp.servlet.internal.protocol;

import jakarta.json.JsonObject;

/**
 * What the server says about itself, built once: its {@code Implementation} object and its capabilities, which
 * reflect only what the application declares.
 */
public record ServerIdentity(JsonObject serverInfo, JsonObject capabilities, JsonObject legacyCapabilities, String instructions) {

    public static ServerIdentity of(McpSettings settings, boolean tools, boolean prompts, boolean resources, boolean completions,
            boolean tasks) {
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
        // Log messages reach a 2026-07-28 client that asks with _meta logLevel, and a server that sends them declares
        // logging (deprecated, still in the schema). Legacy clients may set a level (a no-op, see SetLevelHandler).
        JsonObject common = capabilities.add("logging", JsonIo.object()).build();
        JsonObject legacy = common;
        // The tasks extension exists in 2026-07-28 only; legacy clients always get plain results.
        JsonObject modern = !tasks ? common : JsonIo.PROVIDER.createObjectBuilder(common)
                .add(Wire.Tasks.EXTENSIONS, JsonIo.object().add(Wire.Tasks.EXTENSION, JsonIo.object())).build();
        return new ServerIdentity(
                JsonIo.object().add("name", settings.serverName()).add("version", settings.serverVersion()).build(),
                modern,
                legacy,
                settings.instructions());
    }
}
