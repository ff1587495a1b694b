/**
 * The HTTP side: the servlet (transport checks, body, async, reply), its registration, origins and CORS, the
 * access gate with its OAuth challenge and protected-resource metadata, and how the catalog is found.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.http;
