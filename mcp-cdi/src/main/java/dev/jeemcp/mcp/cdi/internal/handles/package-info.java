/**
 * The handle store behind {@code dev.jeemcp.mcp.handles.Handles}: tenant-scoped, versioned, expiring rows in the
 * application's own persistence unit; also the single-use ids of sealed {@code requestState}s, and the answers of
 * 2025-era clients to the server's input requests ({@code MCP_INPUT}).
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.handles;
