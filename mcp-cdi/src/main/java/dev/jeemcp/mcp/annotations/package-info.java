/**
 * The annotations an application puts on its own CDI beans to serve them over MCP.
 *
 * <p>This package and {@code dev.jeemcp.mcp.handles} are the whole public API of {@code mcp-cdi}; everything in
 * {@code ...internal} may change without notice.
 */
package dev.jeemcp.mcp.annotations;
