package dev.jeemcp.mcp.spi;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * What a client learns about a task: the {@code Task} of the tasks extension, plus the detail its status carries.
 *
 * @param taskId the unguessable id the client polls with
 * @param statusMessage a sentence for people, or {@code null}
 * @param ttlMs how long the task is kept after it was created, or {@code null} for no limit
 * @param pollIntervalMs how often the client should poll, or {@code null} to leave it to the client
 * @param detail for {@link Status#INPUT_REQUIRED} the {@code inputRequests} map, for {@link Status#COMPLETED} the
 *     {@code CallToolResult}, for {@link Status#FAILED} the JSON-RPC error object ({@code code}, {@code message});
 *     otherwise {@code null}
 */
public record TaskInfo(String taskId, Status status, String statusMessage, Instant createdAt, Instant lastUpdatedAt,
        Long ttlMs, Long pollIntervalMs, JsonObject detail) {

    /** The life of a task. {@code COMPLETED}, {@code FAILED} and {@code CANCELLED} are final. */
    public enum Status {
        /** Running, or about to be. */
        WORKING,
        /** Waiting for the client's answers ({@link McpTasks#provideInput}). */
        INPUT_REQUIRED,
        /** The tool returned a result, which may itself be an {@code isError} result. */
        COMPLETED,
        /** The call ended with a protocol error, or the server running it stopped. */
        FAILED,
        /** Cancelled at the client's request. */
        CANCELLED;

        /** Whether the task has ended for good. */
        public boolean isFinal() {
            return this == COMPLETED || this == FAILED || this == CANCELLED;
        }
    }
}
