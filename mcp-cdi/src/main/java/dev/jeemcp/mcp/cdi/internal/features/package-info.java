/**
 * The served features as the SPI sees them: a tool, prompt or resource method with everything its call needs,
 * completions, URI templates, a tool's task policy, and the interface through which a tool starts its task.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.features;
