package dev.jeemcp.sample;

import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Postcode regions, by the first digit of a four-digit postcode. A request-scoped bean, to show that scope works. */
@RequestScoped
@Audited
public class Regions {

    static final String FOUR_DIGITS = "must be four digits, like 1011";

    private static final String[] NAMES = {"North", "North", "East", "East", "Central", "Central", "South", "South", "West", "Islands"};
    private static final String[] BANDS = {"low", "low", "medium", "medium", "high", "high", "medium", "low", "medium", "high"};

    @McpTool(name = "check_postcode", title = "Check postcode", description = "Looks up the region and risk band of a four-digit postcode",
            readOnly = true, idempotent = true, openWorld = false)
    public Region checkPostcode(@NotNull @Pattern(regexp = "\\d{4}", message = FOUR_DIGITS) String postcode) {
        return of(postcode);
    }

    /** Only called with a postcode its constraints let through. */
    static Region of(String postcode) {
        int digit = postcode.charAt(0) - '0';
        return new Region(postcode, NAMES[digit], BANDS[digit]);
    }

    static BigDecimal factor(String postcode) {
        return switch (of(postcode).riskBand()) {
            case "low" -> new BigDecimal("0.90");
            case "medium" -> BigDecimal.ONE;
            default -> new BigDecimal("1.20");
        };
    }
}
