package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ProcessManagedBean;

/**
 * Makes the {@link MethodInvoker} of each feature method while its bean is processed: a CDI 4.1 invoker where the
 * container offers them (Jakarta EE 11), else a reflective call on the contextual reference (CDI 4.0, Jakarta EE 10).
 * Both run interceptors, {@code @Transactional} and {@code @RolesAllowed} alike; which one a deployment uses is
 * decided on its first method and logged with the discovery summary.
 */
public final class Invokers {

    /** Whether the container makes the invokers; {@code null} until the first feature method tells. */
    private Boolean builtIn;

    public MethodInvoker create(ProcessManagedBean<?> event, AnnotatedMethod<?> method, BeanManager beanManager) {
        BusinessView view = BusinessView.of(event.getBean(), method.getJavaMember()).orElseThrow(() ->
                new IllegalStateException("not a business method: " + method.getJavaMember())); // checked at discovery
        if (view.throughInterface(event.getBean())) {
            // A session bean seen only through its business interfaces: CDI 4.1 invokers call the bean-class method
            // on the reference, which is a proxy of the interface; the reference invoker calls the interface's.
            return new ContextualReferenceInvoker(beanManager, event.getBean(), view);
        }
        if (builtIn != Boolean.FALSE) {
            try {
                MethodInvoker invoker = CdiInvoker.build(event, method, beanManager);
                builtIn = true;
                return invoker;
            } catch (LinkageError cdi40) {
                // NoClassDefFoundError: no jakarta.enterprise.invoke at all; AbstractMethodError: a CDI 4.0 container
                // under a 4.1 API jar.
                builtIn = false;
            }
        }
        return new ContextualReferenceInvoker(beanManager, event.getBean(), view);
    }

    /** How the features are called, for the discovery log line; empty when there are none. */
    public String describe() {
        return builtIn == null ? "" : builtIn ? ", called through CDI 4.1 invokers" : ", called through contextual references";
    }
}
