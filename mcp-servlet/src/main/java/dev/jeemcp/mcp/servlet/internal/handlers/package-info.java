/**
 * One handler per MCP method, and the dispatcher that picks it: {@code initialize}, {@code server/discover}, the
 * lists, {@code tools/call}, {@code prompts/get}, {@code resources/read}, completions, tasks and logging.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.handlers;
