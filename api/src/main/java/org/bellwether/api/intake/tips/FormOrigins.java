package org.bellwether.api.intake.tips;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which pages may post the tip form, judged by the browser's {@code Origin} header: the form's own site (the
 * {@code Origin}'s host and port equal the request's {@code Host}) and the configured allowed origins (e.g. the
 * city's main site embedding a link to the form). {@code Origin: null} (sandboxed frames, privacy redirects) is
 * refused. A request without {@code Origin} is let through here: browsers older than 2020 send none on a same-site
 * form post, and the per-form token ({@link TipFormTokens}) still proves the form was served by the city. Every
 * current browser sends {@code Origin} on a cross-site POST, so another site cannot make its visitors post tips.
 * Immutable, thread-safe.
 */
public final class FormOrigins {
    private final Set<String> allowed;

    /** @param allowed origins as {@code https://city.example} (scheme, host and a port other than the default) */
    public FormOrigins(List<String> allowed) {
        this.allowed = allowed.stream().map(origin -> {
            String normal = normalise(origin);
            if (normal == null) {
                throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
            }
            return normal;
        }).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param origin the request's {@code Origin}, or null when it had none
     * @param host   the request's {@code Host}, or null
     */
    public boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        String normal = normalise(origin);
        if (normal == null) {
            return false;
        }
        if (allowed.contains(normal)) {
            return true;
        }
        String authority = normal.substring(normal.indexOf("://") + 3);
        return host != null && authority.equals(withoutDefaultPort(normal, host.trim().toLowerCase(Locale.ROOT)));
    }

    /** {@code scheme://host[:port]} in lower case without a default port; null when it is not an origin. */
    static String normalise(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    || uri.getRawPath().equals("/"))) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withoutDefaultPort(String origin, String host) {
        String defaultPort = origin.startsWith("https:") ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }
}
