/**
 * Who is asking: the current MCP request of this thread, the caller and tenant derived from the container's
 * security, and the access rule every feature applies.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.caller;
