/**
 * Multi-round-trip input ({@code input_required}): the HMAC-sealed {@code requestState}, its keys, and what it is
 * bound to.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.roundtrip;
