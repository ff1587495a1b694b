package dev.jeemcp.mcp.cdi.internal.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A feature method is called through a type the container hands out references of: the bean class for a managed bean
 * or a no-interface view, the business interface (and its declaration of the method) for a session bean seen only
 * through its {@code @Local} interfaces; a method no such type declares has no view.
 */
class SessionBeansAreCalledThroughTheirBusinessViewTest {

    interface Statistics {
        long counts();
    }

    static class StatisticsBean implements Statistics {
        @Override
        public long counts() {
            return 1;
        }

        public long notBusiness() {
            return 2;
        }
    }

    private static Bean<?> bean(Class<?> beanClass, Type... types) {
        return (Bean<?>) Proxy.newProxyInstance(Bean.class.getClassLoader(), new Class<?>[] {Bean.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getBeanClass" -> beanClass;
                    case "getTypes" -> Set.of(types);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aBeanWhoseClassIsABeanTypeIsCalledOnItsClass() throws Exception {
        Method counts = StatisticsBean.class.getMethod("counts");
        Bean<?> noInterfaceView = bean(StatisticsBean.class, StatisticsBean.class, Statistics.class, Object.class);
        BusinessView view = BusinessView.of(noInterfaceView, counts).orElseThrow();
        assertEquals(StatisticsBean.class, view.type());
        assertEquals(counts, view.method());
        assertFalse(view.throughInterface(noInterfaceView));
        assertTrue(BusinessView.of(noInterfaceView, StatisticsBean.class.getMethod("notBusiness")).isPresent());
    }

    @Test
    void aBeanSeenOnlyThroughItsInterfaceIsCalledThroughIt() throws Exception {
        Bean<?> localOnly = bean(StatisticsBean.class, Statistics.class, Object.class);
        BusinessView view = BusinessView.of(localOnly, StatisticsBean.class.getMethod("counts")).orElseThrow();
        assertEquals(Statistics.class, view.type());
        assertEquals(Statistics.class.getMethod("counts"), view.method());
        assertTrue(view.throughInterface(localOnly));
    }

    @Test
    void aMethodNoInterfaceDeclaresHasNoView() throws Exception {
        Bean<?> localOnly = bean(StatisticsBean.class, Statistics.class, Object.class);
        assertTrue(BusinessView.of(localOnly, StatisticsBean.class.getMethod("notBusiness")).isEmpty());
    }
}
