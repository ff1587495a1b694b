/**
 * Deploy time: the portable extension that finds annotated methods, validates them with a sentence that names
 * the method, builds the features, and the catalog the servlet serves from.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.discovery;
