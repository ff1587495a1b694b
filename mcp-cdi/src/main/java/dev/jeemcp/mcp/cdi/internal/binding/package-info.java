/**
 * Between JSON and Java at request time: arguments bound to parameters (JSON-B, handles, the request),
 * Bean Validation of the bound values, and results projected onto their declared type and written as MCP results.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.binding;
