package org.bellwether.api.common;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Puts the client's address on the request as attribute {@link #ATTRIBUTE}, which Jersey sees as a request
 * property, so the audit log can say where a request came from.
 */
public final class ClientAddressFilter implements Filter {
    public static final String ATTRIBUTE = "bellwether.remoteAddr";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
