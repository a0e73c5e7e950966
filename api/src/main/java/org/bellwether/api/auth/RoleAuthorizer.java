package org.bellwether.api.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.bellwether.api.common.UserPrincipal;

/** A user holds exactly one role. */
public final class RoleAuthorizer implements Authorizer<UserPrincipal> {
    @Override
    public boolean authorize(UserPrincipal principal, String role, ContainerRequestContext requestContext) {
        return principal.hasRole(role);
    }
}
