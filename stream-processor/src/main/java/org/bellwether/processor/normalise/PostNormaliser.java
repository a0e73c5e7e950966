package org.bellwether.processor.normalise;

import java.util.List;
import org.bellwether.model.ContactRedactor;
import org.bellwether.model.Engagement;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Tip;
import org.bellwether.processor.validate.Checked;

/**
 * The normalise step: NFKC text without control or bidi-override characters, language (the hint when plausible),
 * canonical links, hashtags, the author handle replaced by its keyed hash, the neighbourhood from the gazetteer.
 * Links and ids that name the author's account are sealed, dropped or hashed ({@link AccountLinks}). Tips become
 * posts of kind {@code tip} without an author, their text without e-mail addresses and phone numbers. Thread-safe.
 */
public final class PostNormaliser {
    private final AuthorPseudonymiser pseudonymiser;
    private final NeighbourhoodGazetteer gazetteer;
    private final AccountLinks links;

    /** A normaliser that drops (rather than seals) post links that name an account. */
    public PostNormaliser(AuthorPseudonymiser pseudonymiser, NeighbourhoodGazetteer gazetteer) {
        this(pseudonymiser, gazetteer, new AccountLinks(pseudonymiser, null));
    }

    public PostNormaliser(AuthorPseudonymiser pseudonymiser, NeighbourhoodGazetteer gazetteer, AccountLinks links) {
        this.pseudonymiser = pseudonymiser;
        this.gazetteer = gazetteer;
        this.links = links;
    }

    public NormalisedPost normalise(Checked checked) {
        return checked.post() != null ? normalise(checked.post()) : normalise(checked.tip());
    }

    public NormalisedPost normalise(RawPost post) {
        String text = AccountLinks.textWithoutAccountLinks(TextNormaliser.normalise(post.text()), post.authorHandle());
        List<String> urls = AccountLinks.withoutAccounts(UrlCanonicaliser.inText(text), post.authorHandle());
        AccountLinks.Link link = links.postLink(UrlCanonicaliser.canonical(post.url()), post.authorHandle());
        return new NormalisedPost(
                links.postId(post.source(), post.sourceId(), post.authorHandle()),
                ScoredPost.KIND_POST,
                post.source(),
                link.shown(),
                pseudonymiser.pseudonym(post.source(), post.authorHandle()),
                text,
                LanguageIdentifier.identify(text, post.lang()),
                post.createdAt(),
                post.collectedAt() == null ? post.createdAt() : post.collectedAt(),
                gazetteer.place(null, post.geo(), text),
                urls,
                Hashtags.of(text),
                post.engagement() == null ? Engagement.NONE : post.engagement(),
                links.repostKey(post.repostOf()),
                link.sealed());
    }

    public NormalisedPost normalise(Tip tip) {
        String text = ContactRedactor.redact(AccountLinks.textWithoutAccountLinks(
                TextNormaliser.normalise(tip.text()), null));
        List<String> urls = AccountLinks.withoutAccounts(
                UrlCanonicaliser.canonicalAll(tip.urls(), UrlCanonicaliser.inText(text)), null);
        String channel = tip.channel() == null || tip.channel().isBlank() ? "unknown" : tip.channel();
        return new NormalisedPost(
                "tip:" + tip.tipId(),
                ScoredPost.KIND_TIP,
                "tip:" + channel,
                null,
                null,
                text,
                LanguageIdentifier.identify(text, tip.language()),
                tip.receivedAt(),
                tip.receivedAt(),
                gazetteer.place(tip.neighbourhood(), null, text),
                urls,
                Hashtags.of(text),
                Engagement.NONE,
                null,
                null);
    }
}
