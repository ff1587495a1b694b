/**
 * One request in flight: its context (era, capabilities, caller), the rules of its protocol revision and headers
 * ({@code RequestEra}, {@code ParamHeaders}), and the event stream its notifications go to.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.servlet.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.servlet.internal.request;
