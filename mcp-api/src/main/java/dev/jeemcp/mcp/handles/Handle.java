package dev.jeemcp.mcp.handles;

import java.time.Instant;

/**
 * One stored value and the version it was read at. Immutable: {@link Handles#update} returns a new one.
 *
 * @param id the opaque id the model passes back, such as {@code quote_3q2…}
 * @param kind the kind, the id's prefix
 * @param value the value
 * @param version the version read; an update based on an older version fails with {@link HandleConflictException}
 * @param expiresAt when the handle stops being valid, unless it is written again
 * @param <T> the value type, a class carrying {@link HandleKind}
 */
public record Handle<T>(String id, String kind, T value, long version, Instant expiresAt) {
}
