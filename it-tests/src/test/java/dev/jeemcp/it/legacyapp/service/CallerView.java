package dev.jeemcp.it.legacyapp.service;

/** Who the Enterprise Beans container says is calling. */
public record CallerView(String name, boolean underwriter) {
}
