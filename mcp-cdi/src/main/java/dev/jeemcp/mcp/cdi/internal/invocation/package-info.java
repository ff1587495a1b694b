/**
 * Calling an application's method through the container, so its interceptors, transactions and security
 * apply (CDI 4.1 invokers where present, a contextual reference otherwise), and how deployment errors name a method.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.invocation;
