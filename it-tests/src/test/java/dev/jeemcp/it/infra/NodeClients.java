package dev.jeemcp.it.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the official MCP clients (installed by the build under {@code target/node}) on Node 22. */
public final class NodeClients {

    static final Path DIR = Path.of(System.getProperty("node.dir", "target/node"));
    public static final Path NODE = DIR.resolve("node_modules/node/bin/node");

    private NodeClients() {
    }

    /** Runs a script of {@code src/test/node} and parses the JSON document it prints. */
    public static JsonObject script(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(NODE.toString(), script));
        command.addAll(List.of(arguments));
        String out = run(command);
        try (var reader = Json.createReader(new StringReader(out.substring(out.indexOf('{'))))) {
            return reader.readObject();
        }
    }

    /** Runs a command that may fail; its output ends with a line {@code EXIT <code>}. */
    public static String runAllowingFailure(List<String> command) {
        return execute(command, false);
    }

    /** Runs a command in the node directory, with Node 22 first on the PATH; fails the test unless it exits 0. */
    public static String run(List<String> command) {
        return execute(command, true);
    }

    private static String execute(List<String> command, boolean mustSucceed) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true);
            builder.environment().put("PATH", NODE.getParent() + ":" + System.getenv("PATH"));
            builder.environment().put("HOME", DIR.toAbsolutePath().toString()); // the Inspector writes ~/.mcp-inspector
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 120 s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (mustSucceed) {
                assertEquals(0, process.exitValue(), () -> command + " failed:\n" + text);
                return text;
            }
            return text + "\nEXIT " + process.exitValue() + "\n";
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
