/**
 * The audit trail: an {@link dev.jeemcp.mcp.McpAuditEvent} for every tool call, prompt get, resource read and task
 * transition, fired to the application's observers, and the optional sink that keeps them as rows of
 * {@code MCP_AUDIT} ({@code mcp.audit.sink=jpa}) with its retention purge; the keyed digest of the arguments; the
 * bounded queue that records refusals after their answer. Nothing is built when nobody listens.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.audit;
