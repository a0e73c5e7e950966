package org.bellwether.api.common;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deny by default: a resource method with no role rule ({@code @Public} or intake's {@code @PublicEndpoint},
 * {@code @PermitAll},
 * {@code @RolesAllowed} or {@code @DenyAll}, on the method or its class) answers 403 to everyone.
 */
public final class DenyByDefaultFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(DenyByDefaultFeature.class);

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (!resourceInfo.getResourceClass().getName().startsWith("org.bellwether.")) {
            return; // Jersey's own OPTIONS and WADL handlers
        }
        if (ruleOf(method, resourceInfo.getResourceClass()) == null) {
            LOG.error("{}.{} has no role rule: it is refused to everyone", resourceInfo.getResourceClass()
                    .getSimpleName(), method.getName());
            context.register((ContainerRequestFilter) request -> request.abortWith(
                    ProblemResponses.of(403, "this endpoint declares no role rule")));
        }
    }

    /** True for the rules that let anyone call, signed in or not ({@code @Public}, intake's public endpoints). */
    public static boolean isPublic(java.lang.annotation.Annotation rule) {
        return rule instanceof Public || rule instanceof PublicEndpoint;
    }

    /** The annotation that rules a method (method first, then class), or null when there is none. */
    public static java.lang.annotation.Annotation ruleOf(Method method, Class<?> resourceClass) {
        for (AnnotatedElement element : List.<AnnotatedElement>of(method, resourceClass)) {
            for (Class<? extends java.lang.annotation.Annotation> rule
                    : List.of(Public.class, PublicEndpoint.class, PermitAll.class, RolesAllowed.class,
                    DenyAll.class)) {
                if (element.isAnnotationPresent(rule)) {
                    return element.getAnnotation(rule);
                }
            }
        }
        return null;
    }
}
