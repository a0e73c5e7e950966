package org.bellwether.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.api.common.UserPrincipal;

/**
 * Audits every read a signed-in role makes (lists and views of cases, messengers, assignments, playbooks, users,
 * admin pages): who read what, with which parameters, and how it was answered, refused reads included. A read
 * that audits itself ({@link SelfAudited}) is recorded here only when it is refused ({@code <action>.refused}),
 * so a refused search is in the log as well. The action is {@code <feature>.<method>}, e.g. {@code users.list}.
 */
public final class ReadAuditFeature implements DynamicFeature {
    private static final String PACKAGE = "org.bellwether.api.";

    private final AuditTrail audit;

    public ReadAuditFeature(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        boolean signedIn = method != null
                && (method.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(RolesAllowed.class));
        if (!signedIn || !method.isAnnotationPresent(GET.class) || !resource.getName().startsWith(PACKAGE)) {
            return;
        }
        String feature = resource.getName().substring(PACKAGE.length()).split("\\.")[0];
        String action = feature + "." + method.getName();
        boolean selfAudited = method.isAnnotationPresent(SelfAudited.class);
        context.register((ContainerResponseFilter) (request, response) -> {
            int status = response.getStatus();
            if (selfAudited && status < 400) {
                return;
            }
            if (request.getSecurityContext().getUserPrincipal() instanceof UserPrincipal user) {
                audit.record(Callers.of(user, request), status >= 400 ? action + ".refused" : action, feature,
                        request.getUriInfo().getPath(), detail(request, status));
            }
        });
    }

    private static Map<String, Object> detail(ContainerRequestContext request, int status) {
        Map<String, Object> detail = new LinkedHashMap<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String value = String.join(",", parameter.getValue());
            detail.put(parameter.getKey(), value.length() > 500 ? value.substring(0, 500) + "…" : value);
        }
        detail.put("status", status);
        return detail;
    }
}
