package dev.jeemcp.mcp.cdi.internal;

import dev.jeemcp.mcp.annotations.McpTool;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds {@code @McpTool} methods on the application's beans while CDI boots, validates them, and keeps the result
 * for {@link CdiCatalog}. An invalid tool fails the deployment with a sentence that names the method.
 *
 * <p>The extension only collects; it holds no per-request state.
 */
public class McpExtension implements Extension {

    private final Set<Class<?>> candidates = new HashSet<>();
    private final List<ToolMethod> tools = new ArrayList<>();
    private final Map<String, ToolMethod> byName = new HashMap<>();
    private JsonBinding binding;

    void registerLibraryBeans(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        // Added here so the catalog is a bean whatever discovery mode the application's archive uses.
        event.addAnnotatedType(beanManager.createAnnotatedType(CdiCatalog.class), CdiCatalog.class.getName());
    }

    /** Notes which classes declare tools, so that the per-bean step below skips every other bean cheaply. */
    void noteCandidates(@Observes @WithAnnotations(McpTool.class) ProcessAnnotatedType<?> event) {
        candidates.add(event.getAnnotatedType().getJavaClass());
    }

    <T> void collectTools(@Observes ProcessManagedBean<T> event, BeanManager beanManager) {
        if (!declaresTools(event.getAnnotatedBeanClass().getJavaClass())) {
            return;
        }
        for (AnnotatedMethod<? super T> method : event.getAnnotatedBeanClass().getMethods()) {
            if (!method.isAnnotationPresent(McpTool.class)) {
                continue;
            }
            try {
                ToolMethod tool = factory().create(method, event.getBean(), beanManager);
                ToolMethod clash = byName.putIfAbsent(tool.name(), tool);
                if (clash != null) {
                    throw new DefinitionException("@McpTool method " + ToolFactory.describe(method.getJavaMember())
                            + " is invalid: the tool name \"" + tool.name() + "\" is already used by " + clash + ".");
                }
                tools.add(tool);
            } catch (DefinitionException e) {
                event.addDefinitionError(e);
            }
        }
    }

    void sortTools(@Observes AfterBeanDiscovery event) {
        // Discovery order differs between containers and runs; tools/list must not.
        tools.sort(Comparator.comparing(ToolMethod::name));
    }

    private boolean declaresTools(Class<?> beanClass) {
        for (Class<?> type = beanClass; type != null && type != Object.class; type = type.getSuperclass()) {
            if (candidates.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private ToolFactory factory() {
        if (binding == null) {
            binding = new JsonBinding();
        }
        return new ToolFactory(binding);
    }

    /** The tools found, sorted by name. */
    List<ToolMethod> tools() {
        return List.copyOf(tools);
    }

    /** The tools by name. */
    Map<String, ToolMethod> toolsByName() {
        return Map.copyOf(byName);
    }
}
