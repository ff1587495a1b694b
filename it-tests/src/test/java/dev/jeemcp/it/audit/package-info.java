/** What {@code AuditIT} adds to the sample: a tool that reads the MCP_AUDIT rows back. */
package dev.jeemcp.it.audit;
