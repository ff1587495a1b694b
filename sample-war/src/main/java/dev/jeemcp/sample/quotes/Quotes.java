package dev.jeemcp.sample.quotes;

import java.util.List;

/** The caller's open quotes. */
public record Quotes(List<QuoteView> quotes) {
}
