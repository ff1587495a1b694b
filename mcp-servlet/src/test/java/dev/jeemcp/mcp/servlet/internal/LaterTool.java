package dev.jeemcp.mcp.servlet.internal;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.spi.Tool;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * A tool that answers later with a stage nobody completes until the test does, from a thread of its own. Each call's
 * stage is handed to the test through {@link #next()}, once the tool returned it.
 */
class LaterTool implements Tool {

    private final String name;
    private final LinkedBlockingQueue<CompletableFuture<JsonObject>> calls = new LinkedBlockingQueue<>();
    final List<CompletableFuture<JsonObject>> all = new CopyOnWriteArrayList<>();

    LaterTool(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public JsonObject definition() {
        return Fixtures.json("{\"name\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\"}}");
    }

    @Override
    public boolean answersLater() {
        return true;
    }

    @Override
    public CompletionStage<JsonObject> callLater(JsonObject arguments, McpRequest request) {
        CompletableFuture<JsonObject> stage = new CompletableFuture<>();
        all.add(stage);
        calls.add(stage);
        return stage;
    }

    @Override
    public JsonObject call(JsonObject arguments, McpRequest request) {
        throw new AssertionError("the servlet calls a tool that answers later through callLater");
    }

    /** The stage of the next call, waiting for it if need be (at most 30 seconds, so that a broken test fails). */
    CompletableFuture<JsonObject> next() throws InterruptedException {
        CompletableFuture<JsonObject> stage = calls.poll(30, java.util.concurrent.TimeUnit.SECONDS);
        if (stage == null) {
            throw new AssertionError("the tool was not called");
        }
        return stage;
    }

    /** Completes the stage on a new thread, as the application's own executor would. */
    static void completeElsewhere(CompletableFuture<JsonObject> stage, Supplier<JsonObject> value) {
        new Thread(() -> stage.complete(value.get()), "elsewhere").start();
    }

    /** Fails the stage on a new thread. */
    static void failElsewhere(CompletableFuture<JsonObject> stage, Throwable failure) {
        new Thread(() -> stage.completeExceptionally(failure), "elsewhere").start();
    }
}
