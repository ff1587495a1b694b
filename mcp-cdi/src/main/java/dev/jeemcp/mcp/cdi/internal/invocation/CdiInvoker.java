package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.invoke.Invoker;
import java.lang.reflect.InvocationTargetException;

/**
 * Calls a feature method through a CDI 4.1 {@link Invoker} (Jakarta EE 11): the container looks the bean instance up
 * for each call (and destroys a {@code @Dependent} one after it) and runs its interceptors, as for a call on an
 * injected reference. This is the only class that uses the CDI 4.1 API; on a CDI 4.0 container it is never
 * linked (see {@link Invokers}).
 */
final class CdiInvoker implements MethodInvoker {

    private final Invoker<Object, Object> invoker;
    private final BeanManager beanManager;

    private CdiInvoker(Invoker<Object, Object> invoker, BeanManager beanManager) {
        this.invoker = invoker;
        this.beanManager = beanManager;
    }

    /** Must be called while the container processes the bean, from a {@code ProcessManagedBean} observer. */
    @SuppressWarnings("unchecked")
    static MethodInvoker build(ProcessManagedBean<?> event, AnnotatedMethod<?> method, BeanManager beanManager) {
        ProcessManagedBean<Object> bean = (ProcessManagedBean<Object>) event;
        Invoker<Object, ?> built = bean.createInvoker((AnnotatedMethod<? super Object>) method).withInstanceLookup().build();
        return new CdiInvoker((Invoker<Object, Object>) built, beanManager);
    }

    @Override
    public Object invoke(Object[] arguments) throws InvocationTargetException {
        return RequestContexts.within(beanManager, () -> {
            try {
                return invoker.invoke(null, arguments);
            } catch (Exception e) {
                throw new InvocationTargetException(e); // an invoker rethrows what the method threw, unwrapped
            }
        });
    }
}
