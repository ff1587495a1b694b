package dev.jeemcp.sample.quotes;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a quote covers.
 *
 * @param sumInsured the most the insurer pays, in EUR
 * @param deductible what the customer pays first on every claim, in EUR
 * @param extras optional covers, each priced on top
 */
public record Coverage(BigDecimal sumInsured, BigDecimal deductible, Set<Extra> extras) {

    /** Optional covers. */
    public enum Extra { LEGAL_EXPENSES, NATURAL_DISASTER, WORLDWIDE }

    static final Coverage STANDARD = new Coverage(new BigDecimal("100000"), new BigDecimal("250"), Set.of());
}
