package org.bellwether.processor.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.PostLink;

/**
 * Keeps account handles out of everything a post carries besides its pseudonym: links and ids that name an account
 * (a Mastodon {@code /@handle/…} or {@code /users/handle/…} link, a Bluesky {@code profile/handle/post/…} link, or
 * any link or id that contains the author field) are never shown. The post's own link is sealed with the contact
 * cipher (purpose {@link PostLink#PURPOSE}) so that an officer's audited action can open it, or dropped when the
 * processor has no cipher; links in the text that name an account are dropped; an id that names an account is
 * replaced by a keyed hash. Thread-safe.
 */
public final class AccountLinks {
    /** Paths that name an account on the platforms Bellwether reads, and on most others. */
    private static final Pattern ACCOUNT_PATH = Pattern.compile(
            "(?i)^https?://[^/?#]+/(?:[^?#]*/)?(?:@[^/?#]+|users?/[^/?#]+|profile/[^/?#]+|u/[^/?#]+)(?:[/?#].*)?$");

    private static final Pattern LINK_IN_TEXT = Pattern.compile("(?i)https?://\\S+");
    /** What replaces a link in the text that names an account. */
    public static final String LINK_MARK = "[account link removed]";

    private final AuthorPseudonymiser pseudonymiser;
    private final ContactCipher cipher;

    /**
     * @param pseudonymiser hashes ids that name an account
     * @param cipher        seals the original link of a post whose link names an account; null drops it instead
     */
    public AccountLinks(AuthorPseudonymiser pseudonymiser, ContactCipher cipher) {
        this.pseudonymiser = pseudonymiser;
        this.cipher = cipher;
    }

    /** A post's link as it is shown and kept: the canonical link, or null with the original sealed. */
    public record Link(String shown, String sealed) {
    }

    /** The post's own link: shown when it names no account, otherwise sealed (or dropped without a cipher). */
    public Link postLink(String canonicalUrl, String authorHandle) {
        if (canonicalUrl == null) {
            return new Link(null, null);
        }
        if (!namesAccount(canonicalUrl, authorHandle)) {
            return new Link(canonicalUrl, null);
        }
        return new Link(null, cipher == null ? null : cipher.seal(canonicalUrl, PostLink.PURPOSE));
    }

    /** The text with every link that names an account (the author's, or any profile link) replaced by a mark. */
    public static String textWithoutAccountLinks(String text, String authorHandle) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher links = LINK_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (links.find()) {
            String link = links.group();
            links.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    namesAccount(link, authorHandle) ? LINK_MARK : link));
        }
        links.appendTail(out);
        return out.toString();
    }

    /** Links found in the text, without those that name an account. */
    public static List<String> withoutAccounts(List<String> urls, String authorHandle) {
        List<String> kept = new ArrayList<>(urls.size());
        for (String url : urls) {
            if (!namesAccount(url, authorHandle)) {
                kept.add(url);
            }
        }
        return kept;
    }

    /**
     * The id a post is known by: {@code source:sourceId}, with a source id that names an account (it contains the
     * author field, an {@code @} or a {@code did:}) replaced by {@code h_} and its keyed hash.
     */
    public String postId(String source, String sourceId, String authorHandle) {
        if (sourceId == null || !idNamesAccount(sourceId, authorHandle)) {
            return source + ":" + sourceId;
        }
        return source + ":" + pseudonymiser.opaqueId(source, sourceId);
    }

    /** The key of a reposted post ({@code source:sourceId}), rewritten as {@link #postId} would rewrite it. */
    public String repostKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return key;
        }
        String source = key.substring(0, colon);
        String rest = key.substring(colon + 1);
        // a source may itself contain ':' (mastodon:host): the id is after the last source segment that has no '/'
        int idStart = rest.indexOf(':');
        if (idStart > 0 && rest.substring(0, idStart).indexOf('/') < 0 && !rest.startsWith("did:")) {
            source = source + ":" + rest.substring(0, idStart);
            rest = rest.substring(idStart + 1);
        }
        return postId(source, rest, null);
    }

    /** Whether a link names an account: an account path, or the author field anywhere in it. */
    public static boolean namesAccount(String url, String authorHandle) {
        if (url == null) {
            return false;
        }
        if (ACCOUNT_PATH.matcher(url).matches()) {
            return true;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        for (String variant : handleVariants(authorHandle)) {
            if (lower.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean idNamesAccount(String sourceId, String authorHandle) {
        String lower = sourceId.toLowerCase(Locale.ROOT);
        if (lower.contains("@") || lower.contains("did:")) {
            return true;
        }
        for (String variant : handleVariants(authorHandle)) {
            if (lower.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The handle as written, without its leading {@code @}; its user part ({@code @user@host} → {@code user}); and
     * for a domain handle its first label ({@code alice.bsky.social} → {@code alice}).
     */
    static List<String> handleVariants(String handle) {
        if (handle == null || handle.isBlank()) {
            return List.of();
        }
        String bare = handle.trim().toLowerCase(Locale.ROOT);
        while (bare.startsWith("@")) {
            bare = bare.substring(1);
        }
        if (bare.isEmpty()) {
            return List.of();
        }
        List<String> variants = new ArrayList<>(List.of(bare));
        int at = bare.indexOf('@');
        String user = at > 0 ? bare.substring(0, at) : bare;
        if (at > 0) {
            variants.add(user);
        }
        int dot = user.indexOf('.');
        if (dot >= 3 && !user.startsWith("did:")) {
            variants.add(user.substring(0, dot));
        }
        return variants;
    }
}
