package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.McpRequest;
import dev.jeemcp.mcp.cdi.internal.features.TaskStarter;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.cdi.internal.tasks.CdiTasks;
import dev.jeemcp.mcp.spi.TaskStart;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.json.JsonObject;

/**
 * The task runtime as tools are given it: tools are made while discovery runs, when no bean can be looked up yet, so
 * the {@link CdiTasks} bean is found when the first task starts.
 */
final class DeferredTaskStarter implements TaskStarter {

    private final BeanManager beanManager;
    private volatile TaskStarter tasks;

    DeferredTaskStarter(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public TaskStart start(ToolMethod tool, JsonObject arguments, McpRequest request) {
        TaskStarter found = tasks;
        if (found == null) {
            found = beanManager.createInstance().select(CdiTasks.class).get(); // a client proxy: the same for everyone
            tasks = found;
        }
        return found.start(tool, arguments, request);
    }
}
