package dev.jeemcp.bench.sdk;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;

/**
 * The benchmark's tools on the MCP Java SDK 2.1.0: a stateless sync server on {@link HttpServletStatelessServerTransport}
 * at {@code /mcp}, wired as in the shared notes. The tool definitions are byte for byte those jeemcp derives for
 * {@code bench/ours-war} (same names, descriptions, input and output schemas and annotations), so that
 * {@code tools/list} returns the same JSON, and {@code echo} returns the same result: the text content
 * {@code "echo: <text>"}, {@code structuredContent {"result": "echo: <text>"}} and {@code isError: false}.
 * {@code bump}, {@code new_counter} and the task tool {@code report} are only listed: they need jeemcp's handle and
 * task stores, and this server answers them with an error result.
 *
 * <p>SDK defaults are kept (input validation on, tool calls on Reactor's bounded-elastic scheduler), except that the
 * system property {@code bench.sdk.immediateExecution=true} runs tools on the servlet thread instead.
 */
@WebListener
public class SdkServer implements ServletContextListener {

    static final String ECHO_INPUT = "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},"
            + "\"required\":[\"text\"],\"additionalProperties\":false}";
    static final String BUMP_INPUT = "{\"type\":\"object\",\"properties\":{\"counter_id\":{\"type\":\"string\","
            + "\"description\":\"A counter_id from new_counter\"}},\"required\":[\"counter_id\"],\"additionalProperties\":false}";
    static final String REPORT_INPUT = "{\"type\":\"object\",\"properties\":{\"topic\":{\"type\":\"string\"}},"
            + "\"required\":[\"topic\"],\"additionalProperties\":false}";
    static final String NO_INPUT = "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}";
    static final String STRING_OUTPUT = "{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"string\"}},"
            + "\"additionalProperties\":false}";
    static final String LONG_OUTPUT = "{\"type\":\"object\",\"properties\":{\"result\":{\"type\":\"integer\","
            + "\"format\":\"int64\"}},\"additionalProperties\":false}";

    private McpStatelessSyncServer server;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        McpJsonMapper json = McpJsonDefaults.getMapper();
        HttpServletStatelessServerTransport transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(json)
                .messageEndpoint("/mcp")
                .build();
        server = McpServer.sync(transport)
                .serverInfo("sdk-bench", "2.1.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .immediateExecution(Boolean.getBoolean("bench.sdk.immediateExecution"))
                .tools(
                        // the order jeemcp lists them in: by name
                        unsupported(tool(json, "bump", "Adds one to a counter; returns the new count", BUMP_INPUT, LONG_OUTPUT, false)),
                        SyncToolSpecification.builder()
                                .tool(tool(json, "echo", "Echoes the text back", ECHO_INPUT, STRING_OUTPUT, true))
                                .callHandler((context, request) -> {
                                    String echoed = "echo: " + request.arguments().get("text");
                                    return CallToolResult.builder()
                                            .addTextContent(echoed)
                                            .structuredContent(Map.of("result", echoed))
                                            .isError(false)
                                            .build();
                                })
                                .build(),
                        unsupported(tool(json, "new_counter", "Creates a counter at zero; returns its counter_id", NO_INPUT,
                                STRING_OUTPUT, false)),
                        unsupported(tool(json, "report", "Writes a report on the topic, as a task", REPORT_INPUT, STRING_OUTPUT, false)))
                .build();
        ServletRegistration.Dynamic registration = event.getServletContext().addServlet("mcp", transport);
        registration.addMapping("/mcp");
        registration.setAsyncSupported(true);
    }

    private static Tool tool(McpJsonMapper json, String name, String description, String input, String output,
            boolean openWorld) {
        return Tool.builder()
                .name(name)
                .description(description)
                .inputSchema(json, input)
                .outputSchema(json, output)
                .annotations(new ToolAnnotations(null, false, true, false, openWorld, null))
                .build();
    }

    private static SyncToolSpecification unsupported(Tool tool) {
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((context, request) -> CallToolResult.builder()
                        .addTextContent(tool.name() + " is served by the jeemcp server of the benchmark only")
                        .isError(true)
                        .build())
                .build();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (server != null) {
            server.close();
        }
    }
}
