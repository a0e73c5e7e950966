package org.bellwether.search.index;

import static org.bellwether.search.index.IndexFields.*;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Json;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.analysis.Languages;

/** Maps a {@link ScoredPost} to its Lucene document and back. Stateless. */
public final class PostDocuments {
    /** Analysed text: positions for phrases, not stored (the stored copy is {@link IndexFields#TEXT_STORED}). */
    public static final FieldType TEXT_TYPE = textType();

    private PostDocuments() {
    }

    /**
     * The document for a post. When the post was created before {@code textCutoff} (the retention policy), its
     * text is neither stored nor indexed: replays after an expiry do not bring expired text back.
     */
    public static Document toDocument(ScoredPost post, Instant textCutoff) {
        Instant createdAt = timeOf(post);
        boolean hasText = post.text() != null && !post.text().isBlank();
        boolean expired = hasText && textCutoff != null && createdAt != null && createdAt.isBefore(textCutoff);
        String state = !hasText ? TEXT_NONE : expired ? TEXT_EXPIRED : TEXT_PRESENT;
        return build(post, state, true);
    }

    /** The document of a post as {@link #toDocument} makes it with no retention, without its stored copies. */
    public static Document searchable(ScoredPost post) {
        boolean hasText = post.text() != null && !post.text().isBlank();
        return build(post, hasText ? TEXT_PRESENT : TEXT_NONE, false);
    }

    /** The document of a post whose text has expired: the metadata stays, the text goes. */
    public static Document withoutText(ScoredPost post) {
        return build(post, TEXT_EXPIRED, true);
    }

    /**
     * Reads a post back from its stored fields ({@link IndexFields#POST_JSON} and {@link IndexFields#TEXT_STORED}).
     * The text is null once it expired.
     */
    public static ScoredPost fromStored(Document stored) {
        BytesRef json = stored.getBinaryValue(POST_JSON);
        if (json == null) {
            throw new IllegalStateException("document has no stored post");
        }
        byte[] bytes = new byte[json.length];
        System.arraycopy(json.bytes, json.offset, bytes, 0, json.length);
        return withText(Json.read(bytes, ScoredPost.class), stored.get(TEXT_STORED));
    }

    /** The fields a hit needs loaded. */
    public static Set<String> storedFields() {
        return Set.of(POST_JSON, TEXT_STORED);
    }

    /** The time a post is placed at: its creation, or its collection when the source gave none. */
    public static Instant timeOf(ScoredPost post) {
        return post.createdAt() != null ? post.createdAt() : post.collectedAt();
    }

    public static ScoredPost withText(ScoredPost p, String text) {
        return new ScoredPost(p.schemaVersion(), p.postId(), p.kind(), p.source(), p.url(), p.authorPseudonym(),
                text, p.lang(), p.createdAt(), p.collectedAt(), p.neighbourhood(), p.entities(), p.urls(),
                p.hashtags(), p.harm(), p.narrativeId(), p.duplicateOf(), p.engagement(), p.urlSealed());
    }

    private static Document build(ScoredPost post, String textState, boolean stored) {
        Document doc = new Document();
        doc.add(new StringField(UID, postUid(post.postId()), Field.Store.NO));
        doc.add(new StringField(TYPE, TYPE_POST, Field.Store.NO));
        doc.add(new StringField(POST_ID, post.postId(), Field.Store.NO));
        keyword(doc, NARRATIVE_ID, Keywords.exact(post.narrativeId()));
        facet(doc, FACET_NARRATIVE, Keywords.exact(post.narrativeId()));
        keyword(doc, KIND, Keywords.folded(post.kind()));

        keyword(doc, SOURCE, Keywords.folded(post.source()));
        keyword(doc, SOURCE_KIND, Keywords.folded(Keywords.sourceKind(post.source())));
        facet(doc, FACET_SOURCE, Keywords.exact(post.source()));
        facet(doc, FACET_SOURCE_KIND, Keywords.sourceKind(post.source()));

        String lang = Languages.normalize(post.lang());
        String analysisKey = Languages.analysisKey(lang);
        keyword(doc, LANG, lang);
        facet(doc, FACET_LANG, lang);
        keyword(doc, ANALYSIS, analysisKey);

        Instant createdAt = timeOf(post);
        if (createdAt != null) {
            doc.add(new LongPoint(CREATED_AT, createdAt.toEpochMilli()));
            doc.add(new NumericDocValuesField(CREATED_AT, createdAt.toEpochMilli()));
        }
        keyword(doc, NEIGHBOURHOOD, Keywords.folded(post.neighbourhood()));
        facet(doc, FACET_NEIGHBOURHOOD, Keywords.exact(post.neighbourhood()));

        Set<String> categories = new LinkedHashSet<>();
        for (HarmScore score : post.harm().scores()) {
            categories.add(score.category().wireName());
        }
        for (String category : categories) {
            keyword(doc, CATEGORY, category);
            facet(doc, FACET_CATEGORY, category);
        }
        doc.add(new DoublePoint(HARM, post.harm().overall()));
        doc.add(new DoubleDocValuesField(HARM, post.harm().overall()));

        Set<String> urls = new LinkedHashSet<>();
        urls.add(Keywords.exact(post.url()));
        post.urls().forEach(url -> urls.add(Keywords.exact(url)));
        urls.forEach(url -> keyword(doc, URL, url));
        post.hashtags().stream().map(Keywords::hashtag).distinct().forEach(tag -> keyword(doc, HASHTAG, tag));
        post.entities().stream().map(Keywords::folded).distinct().forEach(entity -> keyword(doc, ENTITY, entity));

        doc.add(new StringField(TEXT_STATE, textState, Field.Store.NO));
        if (TEXT_PRESENT.equals(textState)) {
            doc.add(new Field(postText(analysisKey), post.text(), TEXT_TYPE));
            if (stored) {
                doc.add(new StoredField(TEXT_STORED, post.text()));
            }
        }
        if (stored) {
            doc.add(new StoredField(POST_JSON, new BytesRef(Json.write(withText(post, null)))));
        }
        return doc;
    }

    static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    static void facet(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
