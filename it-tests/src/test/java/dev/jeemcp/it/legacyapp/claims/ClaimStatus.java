package dev.jeemcp.it.legacyapp.claims;

/** Where a claim is in its life. */
public enum ClaimStatus { OPEN, ESCALATED, APPROVED, REJECTED }
