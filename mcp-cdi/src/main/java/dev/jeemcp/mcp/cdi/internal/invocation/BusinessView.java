package dev.jeemcp.mcp.cdi.internal.invocation;

import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;

/**
 * The type through which a feature method is called on its bean, and the method as that type declares it. For a
 * managed bean, or a session bean with a no-interface view, it is the bean class and the method itself. A session
 * bean that has only business interfaces ({@code @Local}) is reachable only through them: its contextual reference is
 * a proxy of the interface, so the method is called as the interface declares it, and a bean-class method that no
 * interface declares is no business method at all.
 */
public record BusinessView(Class<?> type, Method method) {

    /** The view of {@code method} on {@code bean}; empty when no bean type the container hands out declares it. */
    public static Optional<BusinessView> of(Bean<?> bean, Method method) {
        if (bean.getTypes().contains(bean.getBeanClass())) {
            return Optional.of(new BusinessView(bean.getBeanClass(), method));
        }
        for (Type type : bean.getTypes()) {
            if (type instanceof Class<?> view && view.isInterface()) {
                Optional<Method> declared = Arrays.stream(view.getMethods())
                        .filter(m -> m.getName().equals(method.getName())
                                && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()))
                        .findFirst();
                if (declared.isPresent()) {
                    return Optional.of(new BusinessView(view, declared.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the method is called through a business interface rather than on the bean class. */
    public boolean throughInterface(Bean<?> bean) {
        return type != bean.getBeanClass();
    }
}
