package dev.jeemcp.it.legacyapp.service;

/** A risk band, and the thread that worked it out. */
public record RiskScore(String band, String thread) {
}
