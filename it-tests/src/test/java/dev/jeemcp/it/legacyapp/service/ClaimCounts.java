package dev.jeemcp.it.legacyapp.service;

/** How many claims there are, by status. */
public record ClaimCounts(long open, long escalated, long total) {
}
