package dev.jeemcp.sample;

/** Where a postcode lies, and how risky that is to insure. */
public record Region(String postcode, String region, String riskBand) {
}
