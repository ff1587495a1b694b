package dev.jeemcp.mcp.handles;

import dev.jeemcp.mcp.McpToolException;

/**
 * The caller belongs to no tenant, so it can keep no handles and start no tasks: it is anonymous and the application
 * did not open the shared anonymous tenant ({@code mcp.anonymousTenant}), or tenants come from roles
 * ({@code mcp.tenantRoles}) and the caller has none of them. Nothing is stored or read for such a caller. As an
 * {@link McpToolException} it reaches the model as an error result; the message names no tenant.
 *
 * <p>A {@link TenantResolver} throws it to refuse a caller.
 */
public class NoTenantException extends McpToolException {

    private static final long serialVersionUID = 1L;

    /** @param message what the caller lacks, sent to the client as is */
    public NoTenantException(String message) {
        super(message);
    }
}
