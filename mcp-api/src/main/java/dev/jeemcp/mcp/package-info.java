/**
 * Everything a tool author imports: the annotations that turn methods of the application's own CDI beans into MCP
 * tools, prompts, resources and completions, the {@link dev.jeemcp.mcp.McpRequest} a method may ask for, its results
 * ({@link dev.jeemcp.mcp.Content}, {@link dev.jeemcp.mcp.PromptMessage}, {@link dev.jeemcp.mcp.InputRequired}), and
 * its errors ({@link dev.jeemcp.mcp.McpToolException}, {@link dev.jeemcp.mcp.McpUnavailableException},
 * {@link dev.jeemcp.mcp.McpErrorCodes}).
 *
 * <p>This package and {@code dev.jeemcp.mcp.handles} are the whole supported API. {@code dev.jeemcp.mcp.spi} is for
 * whoever supplies features to the servlet (the {@code mcp-cdi} module does); every package named {@code internal}
 * may change in any release.
 */
package dev.jeemcp.mcp;
