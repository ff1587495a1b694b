/**
 * Helpers that both implementation jars need ({@code mcp-servlet} and {@code mcp-cdi}): the one lookup of every
 * {@code mcp.*} setting (context parameter, MicroProfile Config where present, system property), the JSON provider,
 * JNDI lookups, the reflective token-claim reader, the classifier of failures (with its test for an unreachable
 * database), the writer of JSON-RPC error objects, and the capability check of an input request with its
 * {@code -32021} error. One copy of each, here, instead of one per jar.
 *
 * <p><b>Not supported API.</b> Every package named {@code internal} may change in any release without notice;
 * applications use {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles} only.
 */
package dev.jeemcp.mcp.internal;
