package dev.jeemcp.mcp.cdi.internal.binding;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Checks one tool's bound arguments with the deployment's Bean Validation {@code Validator}, when it has one,
 * before the method is called. Thread-safe.
 *
 * <p>{@code validateParameters} needs the bean it would be called on: a normal-scoped bean's client proxy is looked
 * up once; a {@code @Dependent} bean gets an instance that is destroyed right after the check (only when the method
 * has constraints for the Validator to check: a tool without any is not validated at all).
 */
public final class ArgumentValidation {

    private final Validators validators;
    private final BeanManager beanManager;
    private final Bean<?> bean;
    private final Method method;
    private final List<String> names;
    private volatile Object sharedReference;
    private volatile Boolean constrained;

    /** @param names the argument name of each Java parameter, null where the client sends none */
    public ArgumentValidation(Validators validators, BeanManager beanManager, Bean<?> bean, Method method, List<String> names) {
        this.validators = validators;
        this.beanManager = beanManager;
        this.bean = bean;
        this.method = method;
        this.names = names;
    }

    /** The violations, as {@code path: message}; empty when there are none or no Validator. */
    public List<String> violations(Object[] arguments) {
        Object validator = validators.validator(beanManager);
        if (validator == null || !isConstrained(validator)) {
            return List.of();
        }
        if (bean.getScope() != Dependent.class) {
            Object reference = sharedReference;
            if (reference == null) {
                reference = beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
                sharedReference = reference;
            }
            return BeanValidation.violations(validator, reference, method, arguments, names);
        }
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        try {
            Object instance = beanManager.getReference(bean, bean.getBeanClass(), context);
            return BeanValidation.violations(validator, instance, method, arguments, names);
        } finally {
            context.release();
        }
    }

    /** Asked once: most tools have no constraints, and then no bean instance is needed to check them. */
    private boolean isConstrained(Object validator) {
        Boolean known = constrained;
        if (known == null) {
            known = BeanValidation.isConstrained(validator, bean.getBeanClass(), method);
            constrained = known;
        }
        return known;
    }

    /** The violations a {@code ConstraintViolationException} thrown from inside the call carries. */
    public List<String> violations(Throwable constraintViolationException) {
        return BeanValidation.violations(constraintViolationException, names);
    }
}
