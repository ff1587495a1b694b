package dev.jeemcp.sample;

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Policy dates. A dependent bean: a fresh instance for every call. */
@Dependent
public class Renewals {

    @McpTool(name = "renewal_date", title = "Renewal date", description = "The date a policy starting on a date renews after a term",
            readOnly = true, idempotent = true, openWorld = false)
    public LocalDate renewalDate(@NotNull LocalDate start, @McpParam(description = "Term in months") @Min(1) @Max(36) int termMonths) {
        return start.plusMonths(termMonths);
    }
}
