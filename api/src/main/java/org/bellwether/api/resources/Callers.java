package org.bellwether.api.resources;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.bellwether.api.auth.ClientAddressFilter;
import org.bellwether.api.auth.UserPrincipal;
import org.bellwether.api.core.Caller;

/** The audit identity of a request. */
public final class Callers {
    private Callers() {
    }

    public static Caller of(UserPrincipal user, ContainerRequestContext request) {
        return new Caller(user.username(), user.role(), remoteAddr(request));
    }

    public static String remoteAddr(ContainerRequestContext request) {
        Object address = request == null ? null : request.getProperty(ClientAddressFilter.ATTRIBUTE);
        return address == null ? "unknown" : address.toString();
    }
}
