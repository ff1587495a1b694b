package dev.jeemcp.mcp.handles;

import java.util.List;

/**
 * Creates, reads, updates and deletes handles of the current caller's tenant. Inject it into a tool bean.
 *
 * <p>Every operation is scoped to the tenant of the caller of the current MCP request (see {@link TenantResolver}): a
 * handle of another tenant behaves exactly as one that does not exist. The request is known while a tool, prompt,
 * resource or completion method (or a task's run) is called; elsewhere, in a scheduled job say, there is no caller
 * and every operation throws {@link IllegalStateException} rather than guess a tenant. A caller without a tenant
 * (anonymous, unless the application sets {@code mcp.anonymousTenant}) gets {@link NoTenantException} from every
 * operation. Values are at most {@code mcp.handleMaxBytes} of JSON (64 KiB by default), and a tenant keeps at most
 * {@code mcp.handleQuota} live handles when that is set: {@link HandleLimitException} beyond either. Reading and
 * then updating a handle costs one
 * SELECT and one UPDATE. The operations join the caller's transaction, or run in their own when there is none.
 *
 * <p>Thread-safe.
 */
public interface Handles {

    /**
     * Stores a value as a new handle of its kind, for the caller's tenant.
     *
     * @param value an instance of a class carrying {@link HandleKind}
     * @throws HandleLimitException when the value is too large, or the tenant keeps its quota of handles already
     */
    <T> Handle<T> create(T value);

    /**
     * Loads a handle of the caller's tenant.
     *
     * @throws HandleNotFoundException when there is no such handle, or it belongs to another tenant, or its id is of
     *     another kind
     * @throws HandleExpiredException when it has expired
     */
    <T> Handle<T> find(String id, Class<T> type);

    /**
     * Replaces the value, if nobody else changed the handle since {@code current} was read.
     *
     * @return the handle at its new version, with a renewed expiry
     * @throws HandleConflictException when another request updated it first: read it again and retry
     * @throws HandleExpiredException when it has expired
     * @throws HandleLimitException when the new value is too large; the handle keeps its old one
     */
    <T> Handle<T> update(Handle<T> current, T newValue);

    /**
     * Deletes a handle, if it is still at the version read.
     *
     * @throws HandleConflictException when another request changed or deleted it first
     */
    void delete(Handle<?> current);

    /**
     * The caller's tenant's live handles of that kind, newest first.
     *
     * @throws NoTenantException for anonymous callers even in the shared anonymous tenant, whose list would show each
     *     of them the others' handles
     */
    <T> List<Handle<T>> list(Class<T> type);
}
