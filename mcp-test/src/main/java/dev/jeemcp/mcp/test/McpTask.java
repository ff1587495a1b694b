package dev.jeemcp.mcp.test;

import static dev.jeemcp.mcp.test.internal.WireNames.*;

import dev.jeemcp.mcp.test.internal.Rules;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A task of the {@code io.modelcontextprotocol/tasks} extension as last read: followed with {@link #awaitResult},
 * answered with {@link #respond}, cancelled with {@link #cancel()}. Polling is {@code tasks/get} with the task's id in
 * {@code Mcp-Name}, so it may reach any instance behind a balancer.
 */
public final class McpTask {

    /** Bounds on the wait between two polls, whatever {@code pollIntervalMs} says: tests must neither spin nor idle. */
    private static final long MIN_POLL_MS = 20;
    private static final long MAX_POLL_MS = 1_000;

    private final McpClient client;
    private final JsonObject task;

    McpTask(McpClient client, JsonObject task) {
        this.client = client;
        this.task = task;
    }

    /** The task's {@code taskId}, as the server minted it: what {@code tasks/get} and {@code tasks/cancel} name. */
    public String id() {
        return task.getString(TASK_ID);
    }

    /** {@code working}, {@code input_required}, {@code completed}, {@code failed} or {@code cancelled}. */
    public String status() {
        return task.getString(STATUS);
    }

    /** The task as it came. */
    public JsonObject json() {
        return task;
    }

    /** The task read again with {@code tasks/get}. */
    public McpTask refresh() {
        JsonObject read = client.request(TASKS_GET, McpJson.obj(TASK_ID, id()));
        Rules.task(read, "tasks/get " + id());
        if ("input_required".equals(read.getString(STATUS))) {
            Rules.inputRequests(read, client.capabilities(), "tasks/get " + id());
        }
        return new McpTask(client, read);
    }

    /**
     * Polls until the task is in one of these statuses, at most {@code deadline}; returns it then. Fails when the
     * task reaches another terminal status, or when the deadline passes.
     */
    public McpTask awaitStatus(Duration deadline, String... statuses) {
        List<String> wanted = List.of(statuses);
        Instant end = Instant.now().plus(deadline);
        McpTask current = this;
        while (!wanted.contains(current.status())) {
            if (TERMINAL.contains(current.status())) {
                throw new AssertionError("task " + id() + " ended " + current.status() + ", not " + wanted + ": " + current.task);
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("task " + id() + " still " + current.status() + " after " + deadline + ": " + current.task);
            }
            sleep(current.pollInterval());
            current = current.refresh();
        }
        return current;
    }

    /** Polls until the task completed, then its result checked as a direct answer is ({@link ToolResult}). */
    public ToolResult awaitResult(Duration deadline, String tool) {
        McpTask done = awaitStatus(deadline, "completed");
        JsonObject result = done.task.getJsonObject(RESULT);
        if (result == null) {
            throw new McpViolation("a completed task carries its result -- but tasks/get answered " + done.task);
        }
        return client.checkedResult(tool, result);
    }

    /** The task's outstanding input requests by key, when it is {@code input_required}. */
    public Map<String, JsonObject> inputRequests() {
        if (!task.containsKey(INPUT_REQUESTS)) {
            return Map.of();
        }
        return task.getJsonObject(INPUT_REQUESTS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().asJsonObject()));
    }

    /** Answers input requests ({@code tasks/update}); the task goes on. */
    public McpTask respond(Map<String, JsonObject> responses) {
        client.request(TASKS_UPDATE, McpJson.obj(TASK_ID, id(), INPUT_RESPONSES, Json.createObjectBuilder(Map.copyOf(responses)).build()));
        return this;
    }

    /** Asks the server to cancel the task ({@code tasks/cancel}); cancellation is cooperative. */
    public McpTask cancel() {
        client.request(TASKS_CANCEL, McpJson.obj(TASK_ID, id()));
        return this;
    }

    /** The JSON-RPC error of a {@code failed} task. */
    public JsonObject error() {
        return task.getJsonObject(ERROR);
    }

    private long pollInterval() {
        long asked = task.get(POLL_INTERVAL_MS) instanceof JsonNumber number ? number.longValue() : MIN_POLL_MS;
        return Math.max(MIN_POLL_MS, Math.min(MAX_POLL_MS, asked));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a task", e);
        }
    }

    @Override
    public String toString() {
        return task.toString();
    }
}
