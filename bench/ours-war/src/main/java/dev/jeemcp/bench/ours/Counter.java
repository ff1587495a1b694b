package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.handles.HandleKind;

/** A counter kept as a handle: the model holds its {@code counter_…} id, the server nothing. */
@HandleKind(value = "counter", ttl = "P1D")
public record Counter(long count) {
}
