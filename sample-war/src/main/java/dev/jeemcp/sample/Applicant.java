package dev.jeemcp.sample;

/** Who wants cover: what pricing depends on. */
public record Applicant(int age, boolean smoker, String postcode) {
}
