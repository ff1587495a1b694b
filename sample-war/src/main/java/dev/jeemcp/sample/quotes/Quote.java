package dev.jeemcp.sample.quotes;

import dev.jeemcp.mcp.handles.HandleKind;
import dev.jeemcp.sample.Applicant;
import dev.jeemcp.sample.ProductCode;
import java.math.BigDecimal;

/**
 * A quote in progress, kept as a handle: the model holds its {@code quote_…} id, the server keeps nothing in memory.
 *
 * @param policyId the policy it was bound to, or {@code null} while it is open
 */
@HandleKind(value = "quote", ttl = "P30D")
public record Quote(ProductCode product, Applicant applicant, Coverage coverage, BigDecimal yearlyPremium, String policyId) {

    boolean isBound() {
        return policyId != null;
    }
}
