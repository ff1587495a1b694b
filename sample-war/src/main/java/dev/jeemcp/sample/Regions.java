package dev.jeemcp.sample;

import dev.jeemcp.mcp.annotations.McpTool;
import dev.jeemcp.mcp.annotations.McpToolException;
import jakarta.enterprise.context.RequestScoped;
import java.math.BigDecimal;

/** Postcode regions, by the first digit of a four-digit postcode. A request-scoped bean, to show that scope works. */
@RequestScoped
@Audited
public class Regions {

    private static final String[] NAMES = {"North", "North", "East", "East", "Central", "Central", "South", "South", "West", "Islands"};
    private static final String[] BANDS = {"low", "low", "medium", "medium", "high", "high", "medium", "low", "medium", "high"};

    @McpTool(name = "check_postcode", title = "Check postcode", description = "Looks up the region and risk band of a four-digit postcode",
            readOnly = true, idempotent = true, openWorld = false)
    public Region checkPostcode(String postcode) {
        return of(postcode);
    }

    static Region of(String postcode) {
        if (postcode == null || !postcode.matches("\\d{4}")) {
            throw new McpToolException("postcode must be four digits, like 1011");
        }
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
