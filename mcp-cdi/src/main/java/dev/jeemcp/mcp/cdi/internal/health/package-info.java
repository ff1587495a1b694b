/**
 * Health: whether this instance is ready for MCP traffic (the catalog is built, the application's datasource answers,
 * the task executor accepts work where tools run as tasks) and alive (the MCP servlet is up). {@code McpReadiness}
 * holds the one logic; the servlet's {@code /mcp-ready} endpoint asks it through the catalog on every server, and the
 * MicroProfile Health checks here render it where the server has MicroProfile Health (registered only there, so the
 * API is never linked on Tomcat). The database is probed on a thread of its own with a bound, at most every second.
 *
 * <p><b>Not supported API.</b> Every package named {@code internal} may change in any release without notice;
 * applications use {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles} only.
 */
package dev.jeemcp.mcp.cdi.internal.health;
