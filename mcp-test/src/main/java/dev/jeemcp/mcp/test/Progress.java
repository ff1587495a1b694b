package dev.jeemcp.mcp.test;

/**
 * One {@code notifications/progress} the server sent on the response stream of a call made with
 * {@link McpClient#withProgress()}.
 *
 * @param progress how far the work is, increasing with each event
 * @param total the total, when the tool knows it, else {@code null}
 * @param message what the tool said it is doing, or {@code null}
 */
public record Progress(double progress, Double total, String message) {
}
