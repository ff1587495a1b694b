package dev.jeemcp.sample;

import java.math.BigDecimal;

/** A product and its yearly base premium in EUR, before any factor. */
public record Product(ProductCode code, String name, String description, BigDecimal basePremium) {
}
