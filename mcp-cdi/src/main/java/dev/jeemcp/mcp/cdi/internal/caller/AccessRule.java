package dev.jeemcp.mcp.cdi.internal.caller;

import dev.jeemcp.mcp.McpRequest;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see and use a tool, prompt or resource (and so complete its arguments), from {@code @McpTool(rolesAllowed)},
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, with the method's annotations overriding the class's
 * as in Jakarta Security. Checked by the library on every request, because a container need not enforce
 * {@code @RolesAllowed} on plain CDI beans (Payara 6, Tomcat with Weld).
 */
public final class AccessRule {

    /** The Jakarta EE role name for "any authenticated caller". */
    static final String ANY_AUTHENTICATED = "**";
    static final AccessRule EVERYONE = new AccessRule(null);
    static final AccessRule NOBODY = new AccessRule(List.of());

    /** {@code null}: everyone; otherwise a caller needs one of these (none: nobody may). */
    private final List<String> roles;

    private AccessRule(List<String> roles) {
        this.roles = roles;
    }

    /**
     * Read from the CDI model of the method and its class, so that an extension that changes their annotations is
     * honoured, as the container's own security interceptor would honour it.
     *
     * @param rolesAllowed roles named by the feature's own annotation, like {@code @McpTool(rolesAllowed)}
     */
    public static AccessRule of(AnnotatedMethod<?> method, String... rolesAllowed) {
        Set<String> roles = new LinkedHashSet<>(List.of(rolesAllowed));
        if (method.isAnnotationPresent(DenyAll.class)) {
            return NOBODY;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        RolesAllowed onClass = onDeclaringClass(method, RolesAllowed.class);
        if (onMethod != null) {
            roles.addAll(List.of(onMethod.value()));
        }
        if (roles.isEmpty() && !method.isAnnotationPresent(PermitAll.class)) {
            if (onDeclaringClass(method, DenyAll.class) != null) {
                return NOBODY;
            }
            if (onClass != null) {
                roles.addAll(List.of(onClass.value()));
            }
        }
        return roles.isEmpty() ? EVERYONE : new AccessRule(List.copyOf(roles));
    }

    /**
     * A class-level annotation of the method: from the bean's annotated type for a method it declares (so an
     * extension's changes count), from the superclass itself for a method inherited from it, since a class-level
     * security annotation covers only the methods its class declares (Jakarta Annotations), whatever the bean says.
     */
    private static <A extends Annotation> A onDeclaringClass(AnnotatedMethod<?> method, Class<A> type) {
        Class<?> declaring = method.getJavaMember().getDeclaringClass();
        AnnotatedType<?> bean = method.getDeclaringType();
        return bean.getJavaClass().equals(declaring) ? bean.getAnnotation(type) : declaring.getAnnotation(type);
    }

    public boolean isRestricted() {
        return roles != null;
    }

    public boolean allows(McpRequest request) {
        if (roles == null) {
            return true;
        }
        for (String role : roles) {
            if (ANY_AUTHENTICATED.equals(role) ? request.caller().isPresent() : request.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
