package dev.jeemcp.mcp.cdi.internal.tasks;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.CatalogFixture;
import dev.jeemcp.mcp.cdi.internal.discovery.CdiCatalog;
import dev.jeemcp.mcp.cdi.internal.discovery.McpExtension;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.cdi.internal.fixtures.TaskTools;
import dev.jeemcp.mcp.cdi.internal.handles.Database;
import dev.jeemcp.mcp.cdi.internal.handles.StoreFixture;
import dev.jeemcp.mcp.spi.McpCatalog;
import dev.jeemcp.mcp.spi.TaskInfo;
import dev.jeemcp.mcp.spi.TaskStart;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.Principal;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Tasks as an application runs them, minus the container's executors: Weld with the MCP extension and
 * {@link TaskTools}, Hibernate on a real database, and plain executors standing in for the managed ones.
 */
final class TaskFixture implements AutoCloseable {

    /** Short, so that a dead run is noticed within a test: stale after three missed beats. */
    static final long HEARTBEAT_MS = 100;
    static final String TASKS_EXTENSION = "{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}},\"elicitation\":{}}";

    final WeldContainer container;
    final CdiTasks tasks;
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);

    TaskFixture(Database database) {
        this(database, null);
    }

    /** @param runs where runs go instead of the executor, e.g. nowhere, as if the instance died at once */
    TaskFixture(Database database, Executor runs) {
        this(database, runs, new Class<?>[0]);
    }

    /** @param beans more beans of the application, such as an observer */
    TaskFixture(Database database, Executor runs, Class<?>... beans) {
        var store = StoreFixture.on(database);
        container = new Weld("tasks-" + database.name() + "-" + System.nanoTime())
                .disableDiscovery()
                .addExtension(new McpExtension())
                .addExtension(new StoreFixture.EntityManagerProducer(store.entityManagers))
                .addBeanClasses(TaskTools.class)
                .addBeanClasses(beans)
                .initialize();
        tasks = container.select(CdiTasks.class).get();
        container.select(CdiCatalog.class).get().tools(); // the servlet reaches tasks through the catalog, which gives them the tools
        tasks.useExecutors(runs == null ? executor : runs, scheduler);
        tasks.useHeartbeat(HEARTBEAT_MS);
    }

    ToolMethod tool(String name) {
        return (ToolMethod) catalog().tools().stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }

    private McpCatalog catalog() {
        return container.select(CdiCatalog.class).get();
    }

    /** Runs work in a request of that caller, as a tool call does. */
    <T> T as(String user, Supplier<T> work) {
        return serving(request(user), work);
    }

    /** Runs work as the servlet serves a request: in the request scope, through the catalog. */
    <T> T serving(McpRequest request, Supplier<T> work) {
        return inRequestScope(() -> catalog().serving(request, work));
    }

    /** Runs work with the request scope active and nothing else, as the servlet calls the task methods. */
    <T> T inRequestScope(Supplier<T> work) {
        RequestContextController context = container.select(RequestContextController.class).get();
        context.activate();
        try {
            return work.get();
        } finally {
            context.deactivate();
        }
    }

    /** Asks the tool to start a task, as the servlet does for a request that declared the tasks extension. */
    TaskStart startTask(McpRequest request, String tool, String arguments) {
        return serving(request, () -> tool(tool).startTask(CatalogFixture.json(arguments), request));
    }

    /** The task the tool started for that caller; fails when it answered at once instead. */
    TaskInfo start(McpRequest request, String tool, String arguments) {
        TaskStart start = startTask(request, tool, arguments);
        if (start instanceof TaskStart.Started started) {
            return started.task();
        }
        throw new AssertionError("no task, but " + ((TaskStart.Answered) start).result());
    }

    TaskInfo start(String user, String tool, String arguments) {
        return start(request(user), tool, arguments);
    }

    Optional<TaskInfo> find(String user, String taskId) {
        return as(user, () -> tasks.find(taskId, request(user)));
    }

    /** Polls until the task is final or waits for input. */
    TaskInfo awaitSettled(String user, String taskId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            TaskInfo task = find(user, taskId).orElseThrow();
            if (task.status() != TaskInfo.Status.WORKING) {
                return task;
            }
            pause(20);
        }
        throw new AssertionError("task " + taskId + " still working");
    }

    /** Waits until the condition holds, at most 20 seconds. */
    static void fixtureAwait(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not so after 20 s");
            }
            pause(20);
        }
    }

    /** Sets the store's clock a second past the expiry of the task read as {@code row}, as if its time ran out since. */
    static void movePastExpiry(TaskStore store, TaskRecord row) {
        store.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMillis(row.expiresAt() - store.now() + 1_000)));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A 2026-07-28 request of that caller that declared the tasks extension and elicitation. */
    static McpRequest request(String user) {
        return request(user, Set.of());
    }

    static McpRequest request(String user, Set<String> roles) {
        JsonObject capabilities = CatalogFixture.json(TASKS_EXTENSION);
        return new McpRequest() {
            public String protocolVersion() {
                return "2026-07-28";
            }

            public JsonObject clientCapabilities() {
                return capabilities;
            }

            public Optional<Principal> caller() {
                return Optional.ofNullable(user).map(name -> () -> name);
            }

            public boolean isCallerInRole(String role) {
                return user != null && roles.contains(role);
            }

            @Override
            public JsonObject inputResponses() {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        scheduler.shutdownNow();
        container.close();
    }

    /** How many tasks the table holds, whoever owns them. */
    static int rows(Database database) throws Exception {
        try (var connection = DriverManager.getConnection(database.url, database.user, database.password);
                ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM MCP_TASK")) {
            count.next();
            return count.getInt(1);
        }
    }
}
