/**
 * The test kit: {@link dev.jeemcp.mcp.test.McpClient}, a strict MCP client for an application's own JUnit and
 * Arquillian tests, with the results and assertions it returns. Everything a test imports is here.
 */
package dev.jeemcp.mcp.test;
