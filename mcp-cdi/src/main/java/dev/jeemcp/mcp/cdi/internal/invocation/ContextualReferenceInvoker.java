package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Invokes the method on the bean's contextual reference, never on a bare instance, so that interceptors,
 * {@code @Transactional} and {@code @RolesAllowed} run exactly as they do for an {@code @Inject}ed bean (CDI 4.0,
 * Jakarta EE 10).
 *
 * <p>A normal-scoped bean's reference is a client proxy that is safe to share, so it is looked up once. A
 * {@code @Dependent} bean gets a new instance per call, destroyed right after it, as an injection into a
 * request-scoped caller would. On a CDI 4.1 container {@link CdiInvoker} does the same with the container's own invoker.
 *
 * <p>A session bean's reference is the Enterprise Beans container's own, so its transactions, security and
 * interceptors apply; where the bean is reachable only through a business interface, the reference and the method
 * are the interface's ({@link BusinessView}).
 */
final class ContextualReferenceInvoker implements MethodInvoker {

    private final BeanManager beanManager;
    private final Bean<?> bean;
    private final Class<?> type;
    private final Method method;
    private final boolean dependent;
    private volatile Object sharedReference;

    ContextualReferenceInvoker(BeanManager beanManager, Bean<?> bean, BusinessView view) {
        this.beanManager = beanManager;
        this.bean = bean;
        this.type = view.type();
        this.method = view.method();
        this.dependent = bean.getScope() == Dependent.class;
        // A public method of a package-private class is not accessible reflectively without this.
        method.trySetAccessible();
    }

    @Override
    public Object invoke(Object[] arguments) throws InvocationTargetException {
        return RequestContexts.within(beanManager, () -> invokeInContext(arguments));
    }

    private Object invokeInContext(Object[] arguments) throws InvocationTargetException {
        if (!dependent) {
            return call(sharedReference(), arguments);
        }
        CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
        try {
            return call(beanManager.getReference(bean, type, creationalContext), arguments);
        } finally {
            creationalContext.release();
        }
    }

    private Object sharedReference() {
        Object reference = sharedReference;
        if (reference == null) {
            reference = beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
            sharedReference = reference;
        }
        return reference;
    }

    private Object call(Object target, Object[] arguments) throws InvocationTargetException {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        }
    }
}
