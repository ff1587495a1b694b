package dev.jeemcp.it.access;

import dev.jeemcp.mcp.handles.HandleKind;

/** An underwriter's note about a quote, kept as a handle of the writer's tenant. */
@HandleKind(value = "memo", ttl = "PT1H")
public record Memo(String text) {
}
