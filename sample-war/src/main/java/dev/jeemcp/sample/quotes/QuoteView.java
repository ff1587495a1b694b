package dev.jeemcp.sample.quotes;

import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.sample.Applicant;
import dev.jeemcp.sample.ProductCode;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** A quote as the tools show it, with the id the model passes back. */
public record QuoteView(
        @JsonbProperty("quote_id") String quoteId,
        ProductCode product,
        Applicant applicant,
        Coverage coverage,
        BigDecimal yearlyPremium,
        String currency,
        String status,
        @JsonbProperty("policy_id") String policyId,
        Instant validUntil) {

    static QuoteView of(Handle<Quote> handle) {
        Quote quote = handle.value();
        return new QuoteView(handle.id(), quote.product(), quote.applicant(), quote.coverage(), quote.yearlyPremium(), "EUR",
                quote.isBound() ? "BOUND" : "OPEN", quote.policyId(), handle.expiresAt());
    }
}
