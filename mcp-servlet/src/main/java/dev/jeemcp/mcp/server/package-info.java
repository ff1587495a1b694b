/**
 * The service-provider side of the MCP endpoint: what the servlet needs from whoever supplies tools.
 *
 * <p>Applications do not implement these types; the {@code mcp-cdi} module does, from {@code @McpTool} methods.
 * They exist so the protocol layer can be built and tested without CDI, and so the servlet never depends on how
 * tools are found. Everything outside this package is internal.
 */
package dev.jeemcp.mcp.server;
