package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.handles.HandleKind;
import java.math.BigDecimal;
import java.util.List;

/** A handle value as an application would define one. */
@HandleKind(value = "quote", ttl = "PT1H")
public record Quote(String product, BigDecimal premium, List<String> notes) {

    Quote with(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Quote(product, premium, more);
    }
}
