package dev.jeemcp.sample;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Who wants cover: what pricing depends on. The constraints are in the tools' schemas, so the model knows the rules
 * before it calls, and are checked before every call.
 */
public record Applicant(
        @Min(18) @Max(100) int age,
        boolean smoker,
        @NotNull @Pattern(regexp = "\\d{4}", message = Regions.FOUR_DIGITS) String postcode) {
}
