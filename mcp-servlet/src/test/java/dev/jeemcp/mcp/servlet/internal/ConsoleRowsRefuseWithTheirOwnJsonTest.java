package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the console's rows route is the library's own small JSON ({@code {"error": …}}) with its status,
 * never the container's error page (Tomcat's names its version) nor an application's.
 */
class ConsoleRowsRefuseWithTheirOwnJsonTest {

    private static void assertJsonRefusal(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertTrue(JsonIo.parse(response.body()).asJsonObject().containsKey("error"), response.body());
    }

    @Test
    void refusalsAreJson() throws Exception {
        try (EmbeddedServer server = new ConsoleRowsAreBoundedAndGatedTest().server()) {
            assertJsonRefusal(400, ConsoleRowsAreBoundedAndGatedTest.get(server, "?type=payloads", "olga roles=quoter,operator", null));
            assertJsonRefusal(403, ConsoleRowsAreBoundedAndGatedTest.get(server, "?type=tasks", "alice roles=quoter", null));
            assertJsonRefusal(403, ConsoleRowsAreBoundedAndGatedTest.get(server, "?type=tasks", "olga roles=quoter,operator",
                    "http://evil.example.com"));
        }
    }
}
