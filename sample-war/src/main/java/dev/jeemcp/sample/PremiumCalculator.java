package dev.jeemcp.sample;

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deterministic pricing: base premium × age factor × smoker factor × region factor × coverage factor, rounded
 * half-even to cents.
 */
@ApplicationScoped
@Audited
public class PremiumCalculator {

    /** Cover up to this sum is in the base premium; every further 100,000 EUR adds 10%. */
    static final BigDecimal INCLUDED_COVERAGE = new BigDecimal("100000");
    /** The largest sum insured the sample prices, in EUR. */
    static final String MAX_COVERAGE = "100000000";

    @Inject
    ProductCatalog catalog;

    @McpTool(name = "estimate_premium", title = "Estimate premium",
            description = "Estimates the yearly premium in EUR of a product for an applicant",
            readOnly = true, idempotent = true, openWorld = false)
    public PremiumEstimate estimatePremium(
            ProductCode product,
            @Valid Applicant applicant,
            @McpParam(description = "Sum insured in EUR; 100000 when left out", required = false)
                    Optional<@Positive @DecimalMax(MAX_COVERAGE) BigDecimal> coverage) {
        List<String> factors = new ArrayList<>();
        BigDecimal premium = catalog.product(product).basePremium();
        premium = premium.multiply(factor(factors, "age " + applicant.age(), ageFactor(applicant.age())));
        if (applicant.smoker()) {
            premium = premium.multiply(factor(factors, "smoker", new BigDecimal("1.50")));
        }
        premium = premium.multiply(factor(factors, "region " + Regions.of(applicant.postcode()).riskBand(),
                Regions.factor(applicant.postcode())));
        BigDecimal sum = coverage.orElse(INCLUDED_COVERAGE);
        BigDecimal extra = sum.subtract(INCLUDED_COVERAGE).max(BigDecimal.ZERO)
                .divide(INCLUDED_COVERAGE, 0, RoundingMode.CEILING).multiply(new BigDecimal("0.10"));
        premium = premium.multiply(factor(factors, "coverage " + sum.toPlainString(), BigDecimal.ONE.add(extra)));
        return new PremiumEstimate(product, premium.setScale(2, RoundingMode.HALF_EVEN), "EUR", factors);
    }

    private static BigDecimal ageFactor(int age) {
        if (age < 25) {
            return new BigDecimal("1.40");
        }
        return age < 60 ? BigDecimal.ONE : new BigDecimal("1.25");
    }

    private static BigDecimal factor(List<String> factors, String what, BigDecimal factor) {
        factors.add(what + " x" + factor.stripTrailingZeros().toPlainString());
        return factor;
    }
}
