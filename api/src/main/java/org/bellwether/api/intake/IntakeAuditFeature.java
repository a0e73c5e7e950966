package org.bellwether.api.intake;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.UserPrincipal;

/**
 * Audits every successful state change made through intake's admin resources (a new watchlist), which know
 * nothing of the audit log: who, what, when and from where, like the api's own state changes. The actions keep
 * their {@code collectors.} names (e.g. {@code collectors.watchlist.put}) so the audit history reads on. Public
 * tip endpoints are not audited here: a tip is not an officer's action.
 */
public final class IntakeAuditFeature implements DynamicFeature {
    private final AuditTrail audit;

    public IntakeAuditFeature(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (!resourceInfo.getResourceClass().getName().startsWith("org.bellwether.api.intake.watchlist.")
                || method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
            return;
        }
        String action = "collectors." + resourceInfo.getResourceClass().getSimpleName()
                .replace("Resource", "").toLowerCase(java.util.Locale.ROOT) + "." + httpMethod(method);
        context.register((ContainerResponseFilter) (request, response) -> {
            if (response.getStatus() < 400
                    && request.getSecurityContext().getUserPrincipal() instanceof UserPrincipal user) {
                audit.record(Callers.of(user, request), action, "collectors", request.getUriInfo().getPath(),
                        Map.of("status", response.getStatus()));
            }
        });
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "call";
    }
}
