/**
 * Multi-round-trip input ({@code input_required}): the HMAC-sealed {@code requestState}, its keys, and what it is
 * bound to; and the same input asked of a 2025-era client on its call's event stream, its answer found through the
 * shared store wherever it arrived.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.roundtrip;
