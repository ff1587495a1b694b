package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.cdi.internal.audit.AuditTrail;
import dev.jeemcp.mcp.cdi.internal.audit.Auditor;
import dev.jeemcp.mcp.cdi.internal.audit.JpaAuditSink;
import dev.jeemcp.mcp.McpCompletion;
import dev.jeemcp.mcp.McpPrompt;
import dev.jeemcp.mcp.McpResource;
import dev.jeemcp.mcp.McpTask;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.binding.Validators;
import dev.jeemcp.mcp.cdi.internal.caller.DefaultTenantResolver;
import dev.jeemcp.mcp.cdi.internal.features.PromptMethod;
import dev.jeemcp.mcp.cdi.internal.features.ResourceMethod;
import dev.jeemcp.mcp.cdi.internal.features.TaskStarter;
import dev.jeemcp.mcp.cdi.internal.limits.DatabaseCounter;
import dev.jeemcp.mcp.cdi.internal.limits.RateGate;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimiter;
import dev.jeemcp.mcp.cdi.internal.features.ToolMethod;
import dev.jeemcp.mcp.cdi.internal.handles.JpaHandles;
import dev.jeemcp.mcp.cdi.internal.handles.JpaSingleUseStates;
import dev.jeemcp.mcp.cdi.internal.handles.JpaInputAnswers;
import dev.jeemcp.mcp.cdi.internal.health.HealthBeans;
import dev.jeemcp.mcp.cdi.internal.invocation.Invokers;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodNames;
import dev.jeemcp.mcp.cdi.internal.invocation.MethodInvoker;
import dev.jeemcp.mcp.cdi.internal.schema.DeploymentShapes;
import dev.jeemcp.mcp.cdi.internal.tasks.CdiTasks;
import dev.jeemcp.mcp.cdi.internal.tasks.TaskStore;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Finds {@code @McpTool}, {@code @McpPrompt}, {@code @McpResource} and {@code @McpCompletion} methods on the
 * application's beans while CDI boots, validates them, and keeps the result for {@link CdiCatalog}. An invalid one
 * fails the deployment with a sentence that names the method.
 *
 * <p>The extension only collects; it holds no per-request state.
 */
public class McpExtension implements Extension {

    /** A completion waits until every prompt and template is known. */
    private record PendingCompletion(AnnotatedMethod<?> method, MethodInvoker invoker) {
    }

    private static final Logger LOG = Logger.getLogger(McpExtension.class.getName());

    private final Set<Class<?>> candidates = new HashSet<>();
    private final Map<String, ToolMethod> tools = new LinkedHashMap<>();
    private final Map<String, PromptMethod> prompts = new LinkedHashMap<>();
    private final Map<String, ResourceMethod> resources = new LinkedHashMap<>();
    private final List<PendingCompletion> completions = new ArrayList<>();
    private ToolFactory toolFactory;
    private TaskStarter taskStarter;
    private AuditTrail trail;
    private RateGate rateGate;
    private final Invokers invokers = new Invokers();
    /**
     * Time spent in this extension's own work, so that the boot log tells what discovery costs: wall-clock, and the
     * CPU time of the threads that did it, which a busy machine (the rest of the server booting alongside) does not
     * inflate.
     */
    private long discoveryNanos;
    private long discoveryCpuNanos;
    /** Looked up before any timing starts: the first lookup loads the JVM's management classes. */
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    void registerLibraryBeans(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        // Added here so the catalog is a bean whatever discovery mode the application's archive uses.
        event.addAnnotatedType(beanManager.createAnnotatedType(CdiCatalog.class), CdiCatalog.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(JpaHandles.class), JpaHandles.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(JpaHandles.OwnTransaction.class), JpaHandles.OwnTransaction.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(JpaSingleUseStates.class), JpaSingleUseStates.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(DefaultTenantResolver.class), DefaultTenantResolver.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(TaskStore.class), TaskStore.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(CdiTasks.class), CdiTasks.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(Auditor.class), Auditor.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(JpaAuditSink.class), JpaAuditSink.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(RateLimiter.class), RateLimiter.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(DatabaseCounter.class), DatabaseCounter.class.getName());
        event.addAnnotatedType(beanManager.createAnnotatedType(JpaInputAnswers.class), JpaInputAnswers.class.getName());
        HealthBeans.register(event, beanManager);
    }

    /** Notes which classes declare features, so that the per-bean step below skips every other bean cheaply. */
    void noteCandidates(@Observes @WithAnnotations({McpTool.class, McpTask.class, McpPrompt.class, McpResource.class, McpCompletion.class})
            ProcessAnnotatedType<?> event) {
        candidates.add(event.getAnnotatedType().getJavaClass());
    }

    /** Managed beans and, as {@code ProcessSessionBean} is one, Enterprise Beans session beans. */
    <T> void collect(@Observes ProcessManagedBean<T> event, BeanManager beanManager) {
        if (!declaresFeatures(event.getAnnotatedBeanClass().getJavaClass())) {
            return;
        }
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (AnnotatedMethod<? super T> method : event.getAnnotatedBeanClass().getMethods()) {
            try {
                if (method.isAnnotationPresent(McpTask.class) && !method.isAnnotationPresent(McpTool.class)) {
                    throw new DefinitionException("Method " + MethodNames.describe(method.getJavaMember())
                            + " is invalid: @McpTask makes a tool run as a task, so the method needs @McpTool too.");
                }
                if (isFeature(method)) {
                    SessionBeans.check(event, method.getJavaMember());
                }
                if (method.isAnnotationPresent(McpTool.class)) {
                    ToolMethod tool = toolFactory().create(method, beanManager, event.getBean(),
                            () -> invokers.create(event, method, beanManager), taskStarter(beanManager), trail(beanManager),
                            rateGate(beanManager));
                    register(tools, tool.name(), tool, method, "tool name");
                }
                if (method.isAnnotationPresent(McpPrompt.class)) {
                    PromptMethod prompt = FeatureFactory.prompt(method, () -> invokers.create(event, method, beanManager), trail(beanManager));
                    register(prompts, prompt.name(), prompt, method, "prompt name");
                }
                if (method.isAnnotationPresent(McpResource.class)) {
                    ResourceMethod resource = FeatureFactory.resource(method, () -> invokers.create(event, method, beanManager), trail(beanManager));
                    register(resources, resource.key(), resource, method, "resource");
                }
                if (method.isAnnotationPresent(McpCompletion.class)) {
                    FeatureFactory.checkCompletionCallable(method);
                    completions.add(new PendingCompletion(method, invokers.create(event, method, beanManager)));
                }
            } catch (DefinitionException e) {
                event.addDefinitionError(e);
            }
        }
        discoveryNanos += System.nanoTime() - start;
        addCpuTime(cpuStart);
    }

    /** The MicroProfile Health checks, filed under the first (by name) of the application's feature classes. */
    void addHealthChecks(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
        HealthBeans.addChecks(event, beanManager, candidates.stream().min(Comparator.comparing(Class::getName)).orElse(null));
    }

    void attachCompletions(@Observes AfterBeanDiscovery event) {
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        Map<String, ResourceMethod> templates = new LinkedHashMap<>();
        resources.values().stream().filter(ResourceMethod::isTemplate).forEach(r -> templates.put(r.key(), r));
        for (PendingCompletion pending : completions) {
            try {
                FeatureFactory.completion(pending.method(), pending.invoker(), prompts, templates);
            } catch (DefinitionException e) {
                event.addDefinitionError(e);
            }
        }
        completions.clear();
        discoveryNanos += System.nanoTime() - start;
        addCpuTime(cpuStart);
        LOG.info(() -> "MCP discovery: " + tools.size() + " tools, " + prompts.size() + " prompts, " + resources.size()
                + " resources in " + TimeUnit.NANOSECONDS.toMillis(discoveryNanos) + " ms ("
                + (discoveryCpuNanos < 0 ? "CPU time unknown" : TimeUnit.NANOSECONDS.toMillis(discoveryCpuNanos) + " ms CPU")
                + ")" + invokers.describe());
    }

    /** Adds the CPU time since {@code cpuStart}; once either reading is unknown, the sum stays unknown (negative). */
    private void addCpuTime(long cpuStart) {
        long cpuEnd = cpuNanos();
        discoveryCpuNanos = cpuStart < 0 || cpuEnd < 0 || discoveryCpuNanos < 0 ? -1 : discoveryCpuNanos + cpuEnd - cpuStart;
    }

    /** The current thread's CPU time, or a negative number where the JVM does not measure it. */
    private long cpuNanos() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    private static <F> void register(Map<String, F> registry, String key, F feature, AnnotatedMethod<?> method, String what) {
        F clash = registry.putIfAbsent(key, feature);
        if (clash != null) {
            throw new DefinitionException("Method " + MethodNames.describe(method.getJavaMember())
                    + " is invalid: the " + what + " \"" + key + "\" is already used by " + clash + ".");
        }
    }

    private static boolean isFeature(AnnotatedMethod<?> method) {
        return method.isAnnotationPresent(McpTool.class) || method.isAnnotationPresent(McpPrompt.class)
                || method.isAnnotationPresent(McpResource.class) || method.isAnnotationPresent(McpCompletion.class);
    }

    private boolean declaresFeatures(Class<?> beanClass) {
        for (Class<?> type = beanClass; type != null && type != Object.class; type = type.getSuperclass()) {
            if (candidates.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private TaskStarter taskStarter(BeanManager beanManager) {
        if (taskStarter == null) {
            taskStarter = new DeferredTaskStarter(beanManager);
        }
        return taskStarter;
    }

    private AuditTrail trail(BeanManager beanManager) {
        if (trail == null) {
            trail = AuditTrail.deferred(beanManager);
        }
        return trail;
    }

    private RateGate rateGate(BeanManager beanManager) {
        if (rateGate == null) {
            rateGate = new DeferredRateGate(beanManager);
        }
        return rateGate;
    }

    private ToolFactory toolFactory() {
        if (toolFactory == null) {
            toolFactory = new ToolFactory(new JsonBinding(), new Validators(), DeploymentShapes.fromSettings());
        }
        return toolFactory;
    }

    /** The tools found, sorted by name: discovery order differs between containers, tools/list must not. */
    List<ToolMethod> tools() {
        return tools.values().stream().sorted(Comparator.comparing(ToolMethod::name)).toList();
    }

    Map<String, ToolMethod> toolsByName() {
        return Map.copyOf(tools);
    }

    List<PromptMethod> prompts() {
        return prompts.values().stream().sorted(Comparator.comparing(PromptMethod::name)).toList();
    }

    List<ResourceMethod> resources() {
        return resources.values().stream().sorted(Comparator.comparing(ResourceMethod::key)).toList();
    }
}
