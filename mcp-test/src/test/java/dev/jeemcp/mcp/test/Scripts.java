package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.ScriptedServer.method;
import static dev.jeemcp.mcp.test.ScriptedServer.result;

import dev.jeemcp.mcp.test.ScriptedServer.Received;
import dev.jeemcp.mcp.test.ScriptedServer.Reply;
import java.util.function.Function;

/** Answers of a well-behaved 2026-07-28 server, taken from the specification's wire examples, for the scripts to vary. */
final class Scripts {

    private Scripts() {
    }

    /** One tool, {@code get_weather}, whose output schema requires a number {@code temperature}. */
    static final String TOOLS = "{\"resultType\":\"complete\",\"ttlMs\":0,\"cacheScope\":\"private\",\"tools\":[{\"name\":\"get_weather\","
            + "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]},"
            + "\"outputSchema\":{\"type\":\"object\",\"properties\":{\"temperature\":{\"type\":\"number\"},"
            + "\"observedAt\":{\"type\":\"string\",\"format\":\"date-time\"}},\"required\":[\"temperature\"]}}]}";

    static final String WEATHER = "{\"resultType\":\"complete\",\"content\":[{\"type\":\"text\",\"text\":\"{\\\"temperature\\\":22.5}\"}],"
            + "\"structuredContent\":{\"temperature\":22.5},\"isError\":false}";

    /** A server that lists {@link #TOOLS} and answers calls with {@code call}. */
    static Function<Received, Reply> tools(Function<Received, String> call) {
        return request -> switch (method(request)) {
            case "tools/list" -> Reply.json(result(request, TOOLS));
            default -> Reply.json(result(request, call.apply(request)));
        };
    }
}
