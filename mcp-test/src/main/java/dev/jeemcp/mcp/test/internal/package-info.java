/**
 * The test kit's transport, wire names and rule checks. Not supported API: tests use {@code dev.jeemcp.mcp.test}.
 */
package dev.jeemcp.mcp.test.internal;
