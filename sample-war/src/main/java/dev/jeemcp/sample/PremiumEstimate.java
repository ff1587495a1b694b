package dev.jeemcp.sample;

import java.math.BigDecimal;
import java.util.List;

/** A yearly premium and the factors that made it. */
public record PremiumEstimate(ProductCode product, BigDecimal yearlyPremium, String currency, List<String> factors) {
}
