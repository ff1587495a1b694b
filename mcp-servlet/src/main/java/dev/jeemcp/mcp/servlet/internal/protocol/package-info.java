/**
 * The protocol's vocabulary and envelope: wire names ({@code Wire}, {@code McpMethod}), the JSON-RPC request,
 * faults and replies ({@code Fault}, {@code Reply}), media types, header values, the servlet's settings and identity.
 * Depends on nothing else in the servlet.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.protocol;
