package dev.jeemcp.sample;

import dev.jeemcp.mcp.annotations.McpParam;
import dev.jeemcp.mcp.annotations.McpTool;
import dev.jeemcp.mcp.annotations.McpToolException;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/** Policy dates. A dependent bean: a fresh instance for every call. */
@Dependent
public class Renewals {

    @McpTool(name = "renewal_date", title = "Renewal date", description = "The date a policy starting on a date renews after a term",
            readOnly = true, idempotent = true, openWorld = false)
    public LocalDate renewalDate(LocalDate start, @McpParam(description = "Term in months, 1 to 36") int termMonths) {
        if (termMonths < 1 || termMonths > 36) {
            throw new McpToolException("termMonths must be between 1 and 36");
        }
        return start.plusMonths(termMonths);
    }
}
