package org.bellwether.processor.normalise;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Canonical links, so that one article shared through many trackers counts as one: scheme and host lower-cased,
 * default ports and fragments removed, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...)
 * removed, other parameters kept in order. Thread-safe.
 */
public final class UrlCanonicaliser {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "mc_cid", "mc_eid", "igshid", "igsh", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url",
            "s_cid", "cmpid", "twclid", "ttclid", "li_fat_id", "oly_anon_id", "oly_enc_id", "vero_id", "_ga", "_gl");
    private static final int MAX_URLS = 20;
    private static final int MAX_URL_LENGTH = 2_048;

    private UrlCanonicaliser() {
    }

    /** The canonical form, or null when the text is not an http(s) link. */
    public static String canonical(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null) {
                return null;
            }
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            StringBuilder out = new StringBuilder(scheme).append("://").append(host);
            if (!defaultPort) {
                out.append(':').append(port);
            }
            out.append(path);
            String query = query(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** True when a link ({@code http://}, {@code https://} or {@code www.}, any case) starts at {@code i}. */
    public static boolean startsLink(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
            return false;
        }
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    /** Canonical links found in free text, in order, without repeats. */
    public static List<String> inText(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        int i = 0;
        while (i < text.length() && found.size() < MAX_URLS) {
            int start = indexOfLink(text, i);
            if (start < 0) {
                break;
            }
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String candidate = trimTrailingPunctuation(text.substring(start, end));
            String canonical = canonical(candidate);
            if (canonical != null) {
                found.add(canonical);
            }
            i = end;
        }
        return List.copyOf(found);
    }

    /** Canonical forms of the given links (invalid ones dropped), merged with more, in order, without repeats. */
    public static List<String> canonicalAll(List<String> urls, List<String> more) {
        Set<String> out = new LinkedHashSet<>();
        if (urls != null) {
            for (String url : urls) {
                String canonical = canonical(url);
                if (canonical != null && out.size() < MAX_URLS) {
                    out.add(canonical);
                }
            }
        }
        for (String url : more) {
            if (out.size() < MAX_URLS) {
                out.add(url);
            }
        }
        return List.copyOf(out);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            kept.add(parameter);
        }
        return String.join("&", kept);
    }

    private static int indexOfLink(String text, int from) {
        int http = indexOfIgnoreCase(text, "http://", from);
        int https = indexOfIgnoreCase(text, "https://", from);
        if (http < 0) {
            return https;
        }
        return https < 0 ? http : Math.min(http, https);
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i <= text.length() - needle.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}'\"»”’…".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
