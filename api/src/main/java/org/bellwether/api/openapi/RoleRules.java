package org.bellwether.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.bellwether.api.common.DenyByDefaultFeature;
import org.bellwether.api.common.Roles;

/**
 * An operation's role rule, read from the annotation the server enforces ({@link DenyByDefaultFeature#ruleOf}):
 * {@code x-roles} lists who may call it ({@code anonymous} for a public endpoint, every role for
 * {@code @PermitAll}, none for {@code @DenyAll}), and the security requirement says which sign-ins it takes, with
 * the roles as its scopes. An operation without a role rule gets no {@code x-roles}: the server refuses it to
 * everyone.
 */
final class RoleRules {
    static final String EXTENSION = "x-roles";
    static final String ANONYMOUS = "anonymous";

    private RoleRules() {
    }

    static void apply(EndpointCatalog.Endpoint endpoint, Operation operation) {
        Annotation rule = endpoint.rule();
        if (DenyByDefaultFeature.isPublic(rule)) {
            operation.addExtension(EXTENSION, List.of(ANONYMOUS));
            operation.setSecurity(List.of()); // no sign-in needed
            return;
        }
        List<String> scopes = rule instanceof RolesAllowed allowed ? List.of(allowed.value()) : List.of();
        operation.setSecurity(List.of(new SecurityRequirement().addList("bearer", scopes),
                new SecurityRequirement().addList("basic", scopes)));
        if (rule instanceof PermitAll) {
            operation.addExtension(EXTENSION, Roles.ALL);
        } else if (rule instanceof RolesAllowed) {
            operation.addExtension(EXTENSION, scopes);
        } else if (rule instanceof DenyAll) {
            operation.addExtension(EXTENSION, List.of());
        }
    }
}
