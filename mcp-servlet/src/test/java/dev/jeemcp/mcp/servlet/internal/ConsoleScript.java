package dev.jeemcp.mcp.servlet.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jeemcp.mcp.servlet.internal.protocol.JsonIo;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The console's script run by node with a minimal fake DOM and endpoint ({@code console-harness.js}): what it
 * rendered and what it fetched. Tests using it are skipped where node is not installed.
 */
final class ConsoleScript {

    private ConsoleScript() {
    }

    /**
     * @param pathname the page's {@code location.pathname} (its origin is {@code http://app.example:8080})
     * @param tools the {@code tools} array the endpoint lists, as JSON
     * @return {@code loaded}, {@code fetched} (URLs) and {@code tools} (name, broken, fieldsets, textareas)
     */
    static JsonObject run(String pathname, String tools) throws Exception {
        Path script = Path.of(ConsoleScript.class.getResource("/dev/jeemcp/mcp/servlet/internal/console/console.js").toURI());
        Path harness = Path.of(ConsoleScript.class.getResource("console-harness.js").toURI());
        Process node;
        try {
            node = new ProcessBuilder("node", harness.toString(), script.toString(), pathname, tools)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed: " + e.getMessage());
            throw e;
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroy();
            throw new AssertionError("node failed: " + out);
        }
        return JsonIo.parse(out).asJsonObject();
    }
}
