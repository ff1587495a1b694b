package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;

/** The trivial tool: the same name, schema and result on all three servers of the benchmark. */
@ApplicationScoped
public class EchoTools {

    @McpTool(description = "Echoes the text back")
    public String echo(String text) {
        return "echo: " + text;
    }
}
