package dev.jeemcp.mcp.cdi.internal.discovery;

import dev.jeemcp.mcp.cdi.internal.limits.RateGate;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimit;
import dev.jeemcp.mcp.cdi.internal.limits.RateLimiter;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The rate limiter as tools are given it: tools are made while discovery runs, when no bean can be looked up yet, so
 * the {@link RateLimiter} bean is found at the first call.
 */
final class DeferredRateGate implements RateGate {

    private final BeanManager beanManager;
    private volatile RateGate limiter;

    DeferredRateGate(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Admission admit(String tool, RateLimit own) {
        RateGate found = limiter;
        if (found == null) {
            found = beanManager.createInstance().select(RateLimiter.class).get(); // a client proxy: the same for everyone
            limiter = found;
        }
        return found.admit(tool, own);
    }
}
