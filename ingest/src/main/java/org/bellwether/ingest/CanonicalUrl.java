package org.bellwether.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Canonical links: lower-case scheme and host, no default port, no fragment, no tracking parameters. */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref",
            "ref_src", "s", "si", "_hsenc", "_hsmi", "yclid", "msclkid");

    private CanonicalUrl() {
    }

    /** The canonical form, or the input trimmed when it is no absolute http(s) URL; null stays null. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return trimmed;
            }
            int port = uri.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String query = uri.getRawQuery();
            if (query != null) {
                List<String> kept = new ArrayList<>();
                for (String pair : query.split("&")) {
                    String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                        kept.add(pair);
                    }
                }
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
