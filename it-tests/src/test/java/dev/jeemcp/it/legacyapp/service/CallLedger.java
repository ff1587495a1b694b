package dev.jeemcp.it.legacyapp.service;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An Enterprise Beans interceptor ({@code @Interceptors}, not a CDI binding) that records every business call. */
public class CallLedger {

    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        CALLS.add(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
        return invocation.proceed();
    }
}
