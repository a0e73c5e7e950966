package org.bellwether.api.search;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.PostLink;
import org.bellwether.search.SearchService;

/**
 * Opens the sealed original link of a post (a link that names its author's account is never shown) for an officer
 * who gives a reason; every opening is audited before the link is handed out. Thread-safe.
 */
public final class PostOriginals {
    /** Longest reason kept in the audit log. */
    public static final int MAX_REASON_CHARS = 500;

    private final SearchService search;
    private final ContactCipher cipher;
    private final AuditTrail audit;

    public PostOriginals(SearchService search, ContactCipher cipher, AuditTrail audit) {
        this.search = search;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The original link; 400 without a reason, 404 when the post has no sealed link. */
    public URI open(Caller caller, String postId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ApiException.invalid("reason", "say why you need the original post (it names a person's account)");
        }
        if (why.length() > MAX_REASON_CHARS) {
            throw ApiException.invalid("reason", "at most " + MAX_REASON_CHARS + " characters");
        }
        String sealed = search.sealedUrl(postId).orElseThrow(() -> ApiException.notFound("sealed original of post",
                postId));
        URI original;
        try {
            original = URI.create(cipher.open(sealed, PostLink.PURPOSE));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("sealed original of post", postId);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", why);
        audit.record(caller, "post.original.open", "post", postId, detail);
        return original;
    }
}
