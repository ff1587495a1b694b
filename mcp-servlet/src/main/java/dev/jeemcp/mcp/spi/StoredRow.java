package dev.jeemcp.mcp.spi;

import java.time.Instant;

/**
 * One handle or task of the caller's tenant, as the browser console lists it: what it is and how long it lives,
 * never its content.
 *
 * @param id the handle's or task's id
 * @param kind the handle's kind, or the tool that started the task
 * @param status the task's status ({@link TaskInfo.Status} by name), or {@code null} for a handle
 * @param updatedAt when it last changed
 * @param expiresAt when it will be gone
 */
public record StoredRow(String id, String kind, String status, Instant createdAt, Instant updatedAt, Instant expiresAt) {

    /** Which rows a list is about. */
    public enum Type {
        HANDLES,
        TASKS
    }
}
