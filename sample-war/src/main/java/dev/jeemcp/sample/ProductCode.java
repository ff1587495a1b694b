package dev.jeemcp.sample;

/** The insurance products on offer. */
public enum ProductCode { HOME, MOTOR, TRAVEL }
