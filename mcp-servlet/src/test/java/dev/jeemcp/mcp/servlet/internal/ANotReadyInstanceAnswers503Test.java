package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.ReadinessCheck;
import dev.jeemcp.mcp.spi.Tool;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One check down makes the instance not ready: 503 with {@code "DOWN"}, so that every balancer takes it out of
 * rotation, and a body with the checks' names and states only. A failure of the checks themselves is "down" too,
 * and says nothing of what failed.
 */
class ANotReadyInstanceAnswers503Test {

    private static McpCatalog readiness(List<ReadinessCheck> checks) {
        return new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return List.of();
            }

            @Override
            public List<ReadinessCheck> readiness() {
                return checks;
            }
        };
    }

    @Test
    void oneCheckDownIsNotReady() throws Exception {
        McpCatalog catalog = readiness(List.of(new ReadinessCheck(ReadinessCheck.CATALOG, true), new ReadinessCheck(ReadinessCheck.DATABASE, false)));
        try (EmbeddedServer server = new EmbeddedServer(catalog, Fixtures.settings())) {
            HttpResponse<String> ready = server.readiness();

            assertEquals(503, ready.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"mcp-catalog\",\"status\":\"UP\"},"
                    + "{\"name\":\"mcp-database\",\"status\":\"DOWN\"}]}", ready.body());
        }
    }

    @Test
    void checksThatFailAreDownAndSayNothingMore() throws Exception {
        McpCatalog catalog = new McpCatalog() {
            @Override
            public List<Tool> tools() {
                return List.of();
            }

            @Override
            public List<ReadinessCheck> readiness() {
                throw new IllegalStateException("jdbc:postgresql://db.internal:5432/quotes password=hunter2");
            }
        };
        try (EmbeddedServer server = new EmbeddedServer(catalog, Fixtures.settings())) {
            HttpResponse<String> ready = server.readiness();

            assertEquals(503, ready.statusCode());
            assertEquals("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"mcp-catalog\",\"status\":\"DOWN\"}]}", ready.body());
        }
    }
}
