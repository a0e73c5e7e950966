package org.bellwether.api.dashboard;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers of the dashboard pages: a Content-Security-Policy that allows script, style, images and
 * connections from this origin only (no inline script, no inline style attribute, no eval, no plugin, no framing),
 * with violations reported to {@link CspReportResource}, and Trusted Types required, so an HTML sink such as
 * {@code innerHTML} throws instead of parsing a string. The one policy allowed is {@code default}, which the map page
 * creates for Leaflet with a fixed list of markup strings (js/citymap.js); anything else still throws. Images may
 * also come from the map's configured tile server, when there is one. Stateless and thread-safe.
 */
public final class SecurityHeadersFilter implements Filter {
    public static final String REPORT_PATH = "/api/csp-reports";
    /** The policy without a tile server. */
    public static final String CONTENT_SECURITY_POLICY = policy(null);

    private final String contentSecurityPolicy;

    public SecurityHeadersFilter() {
        this(null);
    }

    /** @param tileOrigin origin of the map's tile server ({@code https://tiles.example}), or null for none */
    public SecurityHeadersFilter(String tileOrigin) {
        this.contentSecurityPolicy = policy(tileOrigin);
    }

    static String policy(String tileOrigin) {
        return String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:" + (tileOrigin == null || tileOrigin.isBlank() ? "" : " " + tileOrigin),
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types default",
            "report-uri " + REPORT_PATH);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", contentSecurityPolicy);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            http.setHeader("Cross-Origin-Resource-Policy", "same-origin");
            http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        }
        chain.doFilter(request, response);
    }
}
