package dev.jeemcp.it.legacystateful;

import dev.jeemcp.mcp.McpTool;
import jakarta.ejb.Stateful;

/** A stateful session bean with a tool: the deployment must refuse it, as the endpoint keeps no session to hold it. */
@Stateful
public class ConversationDesk {

    private int turns;

    @McpTool(name = "next_turn", description = "Counts this conversation's turns")
    public int nextTurn() {
        return ++turns;
    }
}
