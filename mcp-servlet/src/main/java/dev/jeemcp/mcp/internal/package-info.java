/**
 * Helpers that both implementation jars need ({@code mcp-servlet} and {@code mcp-cdi}): the JSON provider, JNDI
 * lookups, the reflective token-claim reader, the test for an unreachable database, and the capability check of an
 * input request. One copy of each, here, instead of one per jar.
 *
 * <p><b>Not supported API.</b> Every package named {@code internal} may change in any release without notice;
 * applications use {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles} only.
 */
package dev.jeemcp.mcp.internal;
