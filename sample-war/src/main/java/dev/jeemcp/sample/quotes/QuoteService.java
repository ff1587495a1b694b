package dev.jeemcp.sample.quotes;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.McpToolException;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.Handles;
import dev.jeemcp.sample.Applicant;
import dev.jeemcp.sample.Audited;
import dev.jeemcp.sample.PremiumCalculator;
import dev.jeemcp.sample.ProductCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The quoting flow: start a quote, adjust its cover, look at it, bind it into a policy. The quote lives in a handle
 * between calls, so each call may reach any instance.
 */
@ApplicationScoped
@Audited
@Transactional
public class QuoteService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigDecimal EXTRA_FACTOR = new BigDecimal("0.08");
    private static final JsonObject CONFIRMATION = Json.createObjectBuilder()
            .add("type", "object")
            .add("properties", Json.createObjectBuilder()
                    .add("confirm", Json.createObjectBuilder().add("type", "boolean").add("description", "Bind at this premium")))
            .add("required", Json.createArrayBuilder().add("confirm"))
            .build();

    @Inject
    Handles handles;

    @Inject
    PremiumCalculator calculator;

    @Inject
    EntityManager entityManager;

    @McpTool(name = "start_quote", title = "Start a quote",
            description = "Starts a quote for a product and an applicant with standard cover; returns its quote_id", openWorld = false)
    public QuoteView startQuote(@NotNull ProductCode product, @NotNull @Valid Applicant applicant) {
        Quote quote = new Quote(product, applicant, Coverage.STANDARD, price(product, applicant, Coverage.STANDARD), null);
        return QuoteView.of(handles.create(quote));
    }

    @McpTool(name = "update_coverage", title = "Update coverage",
            description = "Changes the cover of an open quote and prices it again", idempotent = true, openWorld = false)
    public QuoteView updateCoverage(@McpParam(name = "quote_id") Handle<Quote> quote, @NotNull @Valid Coverage coverage) {
        Quote current = open(quote);
        Quote changed = new Quote(current.product(), current.applicant(), coverage,
                price(current.product(), current.applicant(), coverage), null);
        return QuoteView.of(handles.update(quote, changed));
    }

    @McpTool(name = "get_quote", title = "Get a quote", description = "Shows a quote with its price", readOnly = true, openWorld = false)
    public QuoteView getQuote(@McpParam(name = "quote_id") Handle<Quote> quote) {
        return QuoteView.of(quote);
    }

    @McpTool(name = "bind_policy", title = "Bind policy",
            description = "Turns an open quote into a policy; returns its policy_id. A quote can be bound once.", openWorld = false)
    public BoundPolicy bindPolicy(@McpParam(name = "quote_id") Handle<Quote> quote, McpRequest request) {
        Quote current = open(quote);
        String policyId = "policy_" + random();
        // The version check makes a second, concurrent bind fail here; the unique QUOTE_ID makes it fail in the database.
        handles.update(quote, new Quote(current.product(), current.applicant(), current.coverage(), current.yearlyPremium(), policyId));
        entityManager.persist(new Policy(policyId, quote.id(), request.caller().map(p -> p.getName()).orElse("anonymous"),
                current.yearlyPremium()));
        return new BoundPolicy(policyId, quote.id(), current.yearlyPremium(), "EUR");
    }

    /**
     * {@code bind_policy} with the user's confirmation of the premium first, asked through the client: a 2026-07-28
     * client gets {@code input_required} and retries; a 2025-era client is asked on the call's event stream and answers
     * in a POST that may reach another instance. The same code serves both, and keeps nothing on the server between
     * the question and the answer but the premium it asked about, sealed in the request state.
     */
    @McpTool(name = "bind_policy_confirmed", title = "Bind policy after confirmation",
            description = "Asks the user to confirm the yearly premium, then turns the open quote into a policy; returns its"
                    + " policy_id", openWorld = false)
    public BoundPolicy bindPolicyConfirmed(@McpParam(name = "quote_id") Handle<Quote> quote, McpRequest request) {
        // Whether the quote is still open is checked once the user answered, by bindPolicy: a state can go stale anyway.
        String premium = quote.value().yearlyPremium().toPlainString();
        JsonObject answer = request.inputResponses().getJsonObject("confirm");
        if (answer == null) {
            throw InputRequired.builder()
                    .elicit("confirm", "Bind this policy for EUR " + premium + " a year?", CONFIRMATION)
                    .state(Json.createObjectBuilder().add("premium", premium).build())
                    .build();
        }
        if (!premium.equals(request.state().getString("premium", null))) {
            throw new McpToolException("the premium changed since it was confirmed; ask again");
        }
        boolean confirmed = "accept".equals(answer.getString("action", ""))
                && answer.get("content") instanceof JsonObject content && content.getBoolean("confirm", false);
        if (!confirmed) {
            throw new McpToolException("the policy was not bound: the premium of EUR " + premium + " was not confirmed");
        }
        return bindPolicy(quote, request);
    }

    @McpTool(name = "list_quotes", title = "List quotes", description = "Lists the caller's open quotes, newest first",
            readOnly = true, openWorld = false)
    public Quotes listQuotes() {
        return new Quotes(handles.list(Quote.class).stream().filter(h -> !h.value().isBound()).map(QuoteView::of).toList());
    }

    private static Quote open(Handle<Quote> quote) {
        if (quote.value().isBound()) {
            throw new McpToolException(quote.id() + " is already bound to " + quote.value().policyId() + " and can no longer change");
        }
        return quote.value();
    }

    /** The premium for the product and applicant at that cover, plus 8% for each extra. */
    private BigDecimal price(ProductCode product, Applicant applicant, Coverage coverage) {
        BigDecimal base = calculator.estimatePremium(product, applicant, Optional.of(coverage.sumInsured())).yearlyPremium();
        BigDecimal extras = BigDecimal.ONE.add(EXTRA_FACTOR.multiply(BigDecimal.valueOf(coverage.extras().size())));
        BigDecimal deductibleDiscount = coverage.deductible().compareTo(new BigDecimal("1000")) >= 0 ? new BigDecimal("0.90") : BigDecimal.ONE;
        return base.multiply(extras).multiply(deductibleDiscount).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
