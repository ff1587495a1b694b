package dev.jeemcp.sample;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Counts business calls; the MCP tools go through it like every other caller. */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditLog log;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
        log.record(context.getMethod().getName());
        return context.proceed();
    }
}
