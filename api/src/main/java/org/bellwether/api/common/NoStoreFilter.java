package org.bellwether.api.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every api response may carry personal data or a token: no cache keeps it ({@code Cache-Control: no-store}) and no
 * browser guesses another type than the one declared ({@code X-Content-Type-Options: nosniff}). A resource that
 * sets its own {@code Cache-Control} keeps it. Stateless, thread-safe.
 */
@Provider
public final class NoStoreFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
