package dev.jeemcp.sample.quotes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a quote covers.
 *
 * @param sumInsured the most the insurer pays, in EUR
 * @param deductible what the customer pays first on every claim, in EUR
 * @param extras optional covers, each priced on top
 */
public record Coverage(
        @NotNull @Positive @DecimalMax("100000000") BigDecimal sumInsured,
        @NotNull @PositiveOrZero @DecimalMax("100000") BigDecimal deductible,
        @NotNull Set<Extra> extras) {

    /** Optional covers. */
    public enum Extra { LEGAL_EXPENSES, NATURAL_DISASTER, WORLDWIDE }

    static final Coverage STANDARD = new Coverage(new BigDecimal("100000"), new BigDecimal("250"), Set.of());
}
