package org.bellwether.processor.normalise;

import java.util.List;
import org.bellwether.model.Engagement;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Tip;
import org.bellwether.processor.validate.Checked;

/**
 * The normalise step: NFKC text without control or bidi-override characters, language (the hint when plausible),
 * canonical links, hashtags, the author handle replaced by its keyed hash, the neighbourhood from the gazetteer.
 * Tips become posts of kind {@code tip} without an author. Thread-safe.
 */
public final class PostNormaliser {
    private final AuthorPseudonymiser pseudonymiser;
    private final NeighbourhoodGazetteer gazetteer;

    public PostNormaliser(AuthorPseudonymiser pseudonymiser, NeighbourhoodGazetteer gazetteer) {
        this.pseudonymiser = pseudonymiser;
        this.gazetteer = gazetteer;
    }

    public NormalisedPost normalise(Checked checked) {
        return checked.post() != null ? normalise(checked.post()) : normalise(checked.tip());
    }

    public NormalisedPost normalise(RawPost post) {
        String text = TextNormaliser.normalise(post.text());
        List<String> urls = UrlCanonicaliser.inText(text);
        String canonical = UrlCanonicaliser.canonical(post.url());
        return new NormalisedPost(
                post.key(),
                ScoredPost.KIND_POST,
                post.source(),
                canonical,
                pseudonymiser.pseudonym(post.source(), post.authorHandle()),
                text,
                LanguageIdentifier.identify(text, post.lang()),
                post.createdAt(),
                post.collectedAt() == null ? post.createdAt() : post.collectedAt(),
                gazetteer.place(null, post.geo(), text),
                urls,
                Hashtags.of(text),
                post.engagement() == null ? Engagement.NONE : post.engagement(),
                post.repostOf() == null || post.repostOf().isBlank() ? null : post.repostOf());
    }

    public NormalisedPost normalise(Tip tip) {
        String text = TextNormaliser.normalise(tip.text());
        List<String> urls = UrlCanonicaliser.canonicalAll(tip.urls(), UrlCanonicaliser.inText(text));
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
                null);
    }
}
