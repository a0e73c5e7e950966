package org.bellwether.api.common;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Puts the client's address on the request as attribute {@link #ATTRIBUTE}, which Jersey sees as a request
 * property, so the audit log, the sign-in throttle and the tip limits know where a request came from. Behind a
 * configured trusted proxy that is the address the proxy forwarded ({@link TrustedProxies}).
 */
public final class ClientAddressFilter implements Filter {
    public static final String ATTRIBUTE = "bellwether.remoteAddr";

    private final TrustedProxies proxies;

    public ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    /** The client address a filter put on the request, or the peer's when none did. */
    public static String of(ServletRequest request) {
        Object address = request.getAttribute(ATTRIBUTE);
        return address == null ? request.getRemoteAddr() : address.toString();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String forwarded = request instanceof jakarta.servlet.http.HttpServletRequest http
                ? http.getHeader("X-Forwarded-For") : null;
        request.setAttribute(ATTRIBUTE, proxies.clientAddress(request.getRemoteAddr(), forwarded));
        chain.doFilter(request, response);
    }
}
