package dev.jeemcp.it.legacyapp.claims;

import dev.jeemcp.mcp.handles.HandleKind;
import java.math.BigDecimal;

/** A claim being drafted, kept as a handle until it is filed. */
@HandleKind(value = "draft", ttl = "P1D")
public record Draft(String customer, String description, BigDecimal amount) {
}
