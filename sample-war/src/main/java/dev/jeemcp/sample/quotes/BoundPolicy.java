package dev.jeemcp.sample.quotes;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;

/** The result of binding: the new policy's id. */
public record BoundPolicy(@JsonbProperty("policy_id") String policyId, @JsonbProperty("quote_id") String quoteId,
        BigDecimal yearlyPremium, String currency) {
}
