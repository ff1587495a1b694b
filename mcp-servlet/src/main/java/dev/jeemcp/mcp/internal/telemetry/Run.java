package dev.jeemcp.mcp.internal.telemetry;

/** The span of one run of a task's tool, on whatever instance runs it. */
public interface Run {

    /** {@code error.type} of a run whose tool answered {@code isError: true}, as the MCP conventions name it. */
    String TOOL_ERROR = "tool_error";
    /** {@code error.type} of a run cancelled at the client's request, and of a request whose client left. */
    String CANCELLED = "cancelled";

    /** Makes the span current on this thread, for the tool's work. */
    Telemetry.Scope enter();

    /**
     * Ends the span.
     *
     * @param errorType {@code null} when the run succeeded (or waits for input); {@code tool_error}, the JSON-RPC
     *     error code, or {@code cancelled} otherwise
     * @param message what went wrong, for the span's status; {@code null} when nothing did
     */
    void end(String errorType, String message);
}
