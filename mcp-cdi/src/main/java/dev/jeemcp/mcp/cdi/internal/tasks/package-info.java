/**
 * Tools that run as tasks: started on the container's managed executor, stored in the application's database so
 * that any instance answers for them, owned by their caller, heartbeated, recovered and expired.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.tasks;
