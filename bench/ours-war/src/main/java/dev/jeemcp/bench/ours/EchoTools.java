package dev.jeemcp.bench.ours;

import dev.jeemcp.mcp.InputRequired;
import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.McpToolException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

/**
 * The trivial tool: the same name, schema and result on all three servers of the benchmark.
 *
 * <p>With {@code -Dbench.echo=confirm} (the {@code seal} row) it asks the client to confirm first, as an application
 * tool that elicits does: the first call answers {@code input_required} with a sealed {@code requestState} that
 * carries the text, the retry with the confirmation and that state gets the echo. The same WAR and tool list either
 * way, so the row's two legs compare with the plain echo of the same run.
 */
@ApplicationScoped
public class EchoTools {

    private static final boolean CONFIRM = "confirm".equals(System.getProperty("bench.echo"));
    /**
     * Looked up once: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader on every call,
     * which was 56 % of this tool's CPU per asking call in a profile, more than the library's whole answer.
     */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonObject CONFIRMATION = JSON.createObjectBuilder()
            .add("type", "object")
            .add("properties", JSON.createObjectBuilder()
                    .add("confirm", JSON.createObjectBuilder().add("type", "boolean").add("description", "Echo it")))
            .add("required", JSON.createArrayBuilder().add("confirm"))
            .build();

    @McpTool(description = "Echoes the text back")
    public String echo(String text, McpRequest request) {
        if (CONFIRM) {
            JsonObject answer = request.inputResponses().getJsonObject("confirm");
            if (answer == null) {
                throw InputRequired.builder()
                        .elicit("confirm", "Echo " + text + "?", CONFIRMATION)
                        .state(JSON.createObjectBuilder().add("text", text).build())
                        .build();
            }
            // What the signed state says was asked; the retry's arguments must not have changed it.
            if (!text.equals(request.state().getString("text", null))
                    || !"accept".equals(answer.getString("action", ""))) {
                throw new McpToolException("the confirmation was given for another text; ask again");
            }
        }
        return "echo: " + text;
    }
}
