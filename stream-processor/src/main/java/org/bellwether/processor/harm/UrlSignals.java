package org.bellwether.processor.harm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bellwether.processor.nlp.Token;
import org.bellwether.processor.nlp.TokenType;

/**
 * Manipulated-link signals: URL shorteners hiding the destination, punycode and mixed-script (homoglyph) hosts,
 * look-alikes of well-known news, health and government domains (typos, the brand as a sub-domain or hyphenated
 * part, the brand under another TLD), credentials tricks ({@code trusted.org@evil.example}), raw IP hosts and
 * throw-away TLDs. Stateless and thread-safe.
 */
public final class UrlSignals {

    /** A signal: its strength in [0, 1] and a short reason. */
    public record Signal(double weight, String reason) {
    }

    static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "buff.ly",
            "t.ly", "rb.gy", "cutt.ly", "shorturl.at", "tiny.cc", "rebrand.ly", "bl.ink", "s.id", "v.gd", "lnkd.in",
            "dlvr.it", "ift.tt", "shorte.st", "adf.ly", "bitly.com", "tr.im", "cli.re", "qr.ae", "trib.al");
    static final Set<String> TRUSTED = Set.of("cdc.gov", "who.int", "nih.gov", "fda.gov", "nhs.uk", "gov.uk",
            "europa.eu", "un.org", "bbc.co.uk", "bbc.com", "cnn.com", "nytimes.com", "reuters.com", "apnews.com",
            "theguardian.com", "washingtonpost.com", "foxnews.com", "nbcnews.com", "cbsnews.com", "abcnews.go.com",
            "lemonde.fr", "lefigaro.fr", "elpais.com", "elmundo.es", "spiegel.de", "tagesschau.de", "zeit.de",
            "aljazeera.com", "aljazeera.net", "bloomberg.com", "wsj.com", "usatoday.com", "npr.org",
            "snopes.com", "factcheck.org", "politifact.com", "fullfact.org", "afp.com", "dw.com", "france24.com",
            "facebook.com", "twitter.com", "x.com", "youtube.com", "google.com", "instagram.com", "paypal.com",
            "apple.com", "microsoft.com", "amazon.com", "wikipedia.org", "gov.ie", "canada.ca", "usa.gov");
    private static final Set<String> THROWAWAY_TLDS = Set.of("tk", "ml", "ga", "cf", "gq", "xyz", "top", "click",
            "buzz", "rest", "icu", "cam", "work", "info", "live", "online", "site", "su");
    private static final Set<String> SECOND_LEVEL = Set.of("co.uk", "org.uk", "gov.uk", "ac.uk", "com.au",
            "gov.au", "co.jp", "com.br", "co.in", "com.mx", "com.ar", "co.za", "com.tr", "go.com");

    private UrlSignals() {
    }

    /** The strongest signal among the links of a post, or null. */
    public static Signal strongest(List<Token> tokens) {
        Signal best = null;
        for (Token token : tokens) {
            if (token.type() != TokenType.URL) {
                continue;
            }
            Signal signal = assess(token.text());
            if (signal != null && (best == null || signal.weight() > best.weight())) {
                best = signal;
            }
        }
        return best;
    }

    /** Assesses one link, or returns null when nothing is suspicious. */
    public static Signal assess(String url) {
        String rest = url.trim();
        int scheme = rest.indexOf("://");
        if (scheme >= 0 && scheme < 10) {
            rest = rest.substring(scheme + 3);
        }
        int slash = firstOf(rest, "/?#");
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        boolean credentials = authority.indexOf('@') >= 0;
        String host = credentials ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        boolean mixedScript = mixedScript(host);
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return null;
        }
        if (credentials) {
            return new Signal(0.7, "url:credentials-trick " + host);
        }
        if (mixedScript) {
            return new Signal(0.75, "url:mixed-script host " + host);
        }
        if (host.startsWith("xn--") || host.contains(".xn--")) {
            return new Signal(0.6, "url:punycode host " + host);
        }
        if (host.matches("[0-9.]+")) {
            return new Signal(0.45, "url:ip-address host " + host);
        }
        String registrable = registrable(host);
        if (SHORTENERS.contains(registrable)) {
            return new Signal(0.35, "url:shortener " + registrable);
        }
        if (TRUSTED.contains(registrable) || TRUSTED.contains(host)) {
            return null;
        }
        Signal lookalike = lookalike(host, registrable);
        if (lookalike != null) {
            return lookalike;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (THROWAWAY_TLDS.contains(tld)) {
            return new Signal(0.2, "url:throw-away tld ." + tld);
        }
        return null;
    }

    private static Signal lookalike(String host, String registrable) {
        String label = registrable.contains(".") ? registrable.substring(0, registrable.indexOf('.')) : registrable;
        for (String trusted : TRUSTED) {
            String trustedLabel = trusted.substring(0, trusted.indexOf('.'));
            if (trustedLabel.length() < 3) {
                continue;
            }
            if (host.startsWith(trusted + ".") || host.contains("." + trusted + ".")) {
                return new Signal(0.75, "url:look-alike " + host + " (" + trusted + " as sub-domain)");
            }
            if (label.equals(trustedLabel)) {
                return new Signal(0.55, "url:look-alike " + registrable + " (" + trusted + " under another tld)");
            }
            if (trustedLabel.length() >= 3 && (label.startsWith(trustedLabel + "-") || label.endsWith("-" + trustedLabel)
                    || label.contains(trustedLabel.replace(".", "") + "-"))) {
                return new Signal(0.6, "url:look-alike " + registrable + " (hyphenated " + trusted + ")");
            }
            int distance = trustedLabel.length() >= 8 ? 2 : trustedLabel.length() >= 5 ? 1 : 0;
            if (distance > 0 && Math.abs(label.length() - trustedLabel.length()) <= distance
                    && editDistance(label, trustedLabel, distance) <= distance) {
                return new Signal(0.7, "url:look-alike " + registrable + " (typo of " + trusted + ")");
            }
        }
        return null;
    }

    static String registrable(String host) {
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
        if (SECOND_LEVEL.contains(lastTwo)) {
            return labels[labels.length - 3] + "." + lastTwo;
        }
        return lastTwo;
    }

    private static boolean mixedScript(String host) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c < 0x80) {
                latin |= Character.isLetter(c);
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                other |= script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
                latin |= script == Character.UnicodeScript.LATIN;
            }
        }
        return latin && other;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
