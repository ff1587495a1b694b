package dev.jeemcp.mcp.servlet.internal.protocol;

import java.util.HashMap;
import java.util.Map;

/** The JSON-RPC methods this server answers, and the protocol eras in which each exists. */
public enum McpMethod {
    SERVER_DISCOVER("server/discover", true, false),
    INITIALIZE("initialize", false, true),
    PING("ping", false, true),
    LOGGING_SET_LEVEL("logging/setLevel", false, true),
    TOOLS_LIST("tools/list", true, true),
    TOOLS_CALL("tools/call", true, true),
    PROMPTS_LIST("prompts/list", true, true),
    PROMPTS_GET("prompts/get", true, true),
    RESOURCES_LIST("resources/list", true, true),
    RESOURCES_TEMPLATES_LIST("resources/templates/list", true, true),
    RESOURCES_READ("resources/read", true, true),
    COMPLETION_COMPLETE("completion/complete", true, true),
    TASKS_GET("tasks/get", true, false),
    TASKS_UPDATE("tasks/update", true, false),
    TASKS_CANCEL("tasks/cancel", true, false);

    private static final Map<String, McpMethod> BY_WIRE_NAME = new HashMap<>();

    static {
        for (McpMethod method : values()) {
            BY_WIRE_NAME.put(method.wireName, method);
        }
    }

    private final String wireName;
    private final boolean modern;
    private final boolean legacy;

    McpMethod(String wireName, boolean modern, boolean legacy) {
        this.wireName = wireName;
        this.modern = modern;
        this.legacy = legacy;
    }

    public String wireName() {
        return wireName;
    }

    /** The method of that name if it exists in the era of the request, else {@code null}. */
    public static McpMethod lookup(String wireName, boolean modernEra) {
        McpMethod method = BY_WIRE_NAME.get(wireName);
        if (method == null) {
            return null;
        }
        return (modernEra ? method.modern : method.legacy) ? method : null;
    }

    /** Whether the 2026-07-28 transport requires an {@code Mcp-Name} header for it, and which param it mirrors. */
    public String mirroredNameParam() {
        return switch (this) {
            case TOOLS_CALL, PROMPTS_GET -> "name";
            case RESOURCES_READ -> "uri";
            case TASKS_GET, TASKS_UPDATE, TASKS_CANCEL -> Wire.Tasks.TASK_ID;
            default -> null;
        };
    }
}
