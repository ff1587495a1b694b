/**
 * Rate limits of tool calls: the limits of {@code @McpRateLimit} and of the {@code mcp.rateLimit.*} settings, counted
 * in fixed windows per instance (a bounded map) or for the whole cluster in the application's database (one guarded
 * UPDATE per limit, in a transaction of its own).
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.limits;
