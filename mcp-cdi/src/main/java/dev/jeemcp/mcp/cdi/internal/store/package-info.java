/**
 * The JPA side shared by handles and tasks: the entity of a handle row, the store's settings, stored keys, the
 * transaction helper and the lookup of application beans.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.store;
