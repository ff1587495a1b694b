/**
 * The service-provider interface between the protocol and whoever supplies the features: what the servlet needs to
 * list, call and run tools, prompts, resources and tasks.
 *
 * <p><b>Who implements it:</b> the {@code mcp-cdi} module, from the application's {@code @McpTool},
 * {@code @McpPrompt} and {@code @McpResource} methods. Applications do not use these types; they use
 * {@code dev.jeemcp.mcp}. The SPI exists so the protocol layer can be built and tested without CDI, and so another
 * provider (a different discovery mechanism, a test double) can stand in. The servlet finds an {@link
 * dev.jeemcp.mcp.spi.McpCatalog} as a CDI bean, then through {@link java.util.ServiceLoader}.
 */
package dev.jeemcp.mcp.spi;
