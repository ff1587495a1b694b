package dev.jeemcp.mcp.cdi.internal.binding;

import dev.jeemcp.mcp.cdi.internal.schema.JsonShape;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.MethodDescriptor;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

/**
 * The only class that uses the Bean Validation API; loaded only where {@code jakarta.validation} is present (see
 * {@link Validators}). Validates a tool's arguments with {@code forExecutables().validateParameters}, so custom,
 * cross-parameter and cascaded ({@code @Valid}) constraints apply as the application declared them, and renders
 * violations as {@code path: message}, with paths in the names the client used.
 */
final class BeanValidation {

    private BeanValidation() {
    }

    static Object find(BeanManager beanManager) {
        Instance<Validator> bean = beanManager.createInstance().select(Validator.class);
        if (bean.isResolvable()) {
            return bean.get();
        }
        try {
            return Validation.buildDefaultValidatorFactory().getValidator();
        } catch (ValidationException noProvider) {
            return null; // the API without a provider (NoProviderFoundException), or one that cannot start
        }
    }

    /** Whether the method has constrained or cascaded ({@code @Valid}) parameters for the Validator to check. */
    static boolean isConstrained(Object validator, Class<?> beanClass, Method method) {
        MethodDescriptor descriptor = ((Validator) validator).getConstraintsForClass(beanClass)
                .getConstraintsForMethod(method.getName(), method.getParameterTypes());
        return descriptor != null && descriptor.hasConstrainedParameters();
    }

    /** The violations of the default group, as {@code path: message}: at most {@link JsonShape#MAX_PROBLEMS}, sorted. */
    static List<String> violations(Object validator, Object bean, Method method, Object[] arguments, List<String> names) {
        return describe(((Validator) validator).forExecutables().validateParameters(bean, method, arguments), names);
    }

    /** The violations a {@code ConstraintViolationException} carries, as {@code path: message}: at most {@link JsonShape#MAX_PROBLEMS}, sorted. */
    static List<String> violations(Throwable exception, List<String> names) {
        return describe(((ConstraintViolationException) exception).getConstraintViolations(), names);
    }

    private static List<String> describe(Collection<? extends ConstraintViolation<?>> violations, List<String> names) {
        // Only as many as are reported: each path is rendered node by node, and the Validator may find one per item.
        return violations.stream().limit(JsonShape.MAX_PROBLEMS)
                .map(v -> path(v.getPropertyPath(), names) + ": " + v.getMessage()).sorted().toList();
    }

    /**
     * {@code estimatePremium.applicant.age} becomes {@code applicant.age}: the method node goes, a parameter is named
     * as the client names the argument, list items get {@code [i]} and map values {@code .key}.
     */
    private static String path(Path path, List<String> names) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                text.append(index < names.size() && names.get(index) != null ? names.get(index) : node.getName());
                continue;
            }
            if (kind == ElementKind.CROSS_PARAMETER) {
                text.append("arguments");
                continue;
            }
            if (kind == ElementKind.RETURN_VALUE) {
                text.append("result");
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    text.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    text.append('.').append(node.getKey());
                }
            }
            if (kind == ElementKind.PROPERTY) {
                text.append('.').append(node.getName());
            }
        }
        return text.length() > 0 && text.charAt(0) == '.' ? text.substring(1) : text.toString(); // a bean's own property
    }
}
