package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.servlet.internal.handlers.Dispatcher;
import dev.jeemcp.mcp.servlet.internal.request.RequestEra;
import dev.jeemcp.mcp.servlet.internal.protocol.JsonRpcRequest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written once are kept per visible set: whoever was served first, each caller sees only what it may see. */
class CachedListPagesKeepRoleFilteringTest {

    private final Dispatcher dispatcher = new Dispatcher(Fixtures.catalog(new Fixtures.EchoTool("open", null),
            new Fixtures.EchoTool("payroll", "admin"), new Fixtures.EchoTool("audit", "auditor")), Fixtures.settings());

    private List<String> names(String role) {
        JsonRpcRequest request = Fixtures.request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        Principal caller = () -> "someone";
        JsonObject page = dispatcher.dispatch(request, RequestEra.establish(request,
                Fixtures.headers("MCP-Protocol-Version", "2025-11-25"), caller, role::equals));
        return page.getJsonArray("tools").stream().map(JsonValue::asJsonObject).map(tool -> tool.getString("name")).toList();
    }

    @Test
    void aCallerWithoutTheRoleNeverGetsThePageOfOneWithIt() {
        assertEquals(List.of("open", "payroll"), names("admin"));
        assertEquals(List.of("open"), names("nobody"));
        assertEquals(List.of("open", "audit"), names("auditor"));
        assertEquals(List.of("open", "payroll"), names("admin"));
        assertEquals(List.of("open"), names("nobody"));
    }
}
