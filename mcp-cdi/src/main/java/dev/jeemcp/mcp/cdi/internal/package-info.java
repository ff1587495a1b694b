/**
 * Discovery, schemas and invocation of {@code @McpTool} methods. Internal: nothing here is API.
 *
 * <p>{@link dev.jeemcp.mcp.cdi.internal.McpExtension} collects tool methods while CDI boots and turns each into an
 * immutable {@link dev.jeemcp.mcp.cdi.internal.ToolMethod}; {@link dev.jeemcp.mcp.cdi.internal.CdiCatalog}
 * hands them to the servlet. Everything a request needs is computed at deploy time.
 */
package dev.jeemcp.mcp.cdi.internal;
