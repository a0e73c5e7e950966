package org.bellwether.api.common;

import jakarta.ws.rs.container.ContainerRequestContext;

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
