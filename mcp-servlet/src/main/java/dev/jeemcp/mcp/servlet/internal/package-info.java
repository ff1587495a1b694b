/**
 * The MCP protocol over Streamable HTTP without sessions. Internal: nothing here is API.
 *
 * <p>A request flows through {@link dev.jeemcp.mcp.servlet.internal.McpServlet} (HTTP checks),
 * {@link dev.jeemcp.mcp.servlet.internal.JsonRpcRequest} (the envelope),
 * {@link dev.jeemcp.mcp.servlet.internal.RequestEra} (which protocol revision, and its header rules) and
 * {@link dev.jeemcp.mcp.servlet.internal.Dispatcher} (one handler per method). Every wire name lives in
 * {@link dev.jeemcp.mcp.servlet.internal.Wire}.
 */
package dev.jeemcp.mcp.servlet.internal;
