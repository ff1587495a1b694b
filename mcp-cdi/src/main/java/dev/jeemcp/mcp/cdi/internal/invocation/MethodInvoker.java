package dev.jeemcp.mcp.cdi.internal.invocation;

import java.lang.reflect.InvocationTargetException;

/**
 * Calls one feature method (tool, prompt, resource or completion) on its bean, through the container. Behind this
 * interface so that a CDI 4.1 {@code Invoker} can replace the reflective call on Jakarta EE 11 without touching
 * anything else.
 */
public interface MethodInvoker {

    /**
     * @throws InvocationTargetException wrapping whatever the method (or an interceptor around it) threw
     */
    Object invoke(Object[] arguments) throws InvocationTargetException;
}
