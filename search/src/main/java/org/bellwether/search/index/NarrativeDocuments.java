package org.bellwether.search.index;

import static org.bellwether.search.index.IndexFields.*;
import static org.bellwether.search.index.PostDocuments.facet;
import static org.bellwether.search.index.PostDocuments.keyword;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.search.analysis.Languages;

/**
 * Maps a {@link Narrative} snapshot to its Lucene document and back. The searchable text (label, top terms,
 * entities, hashtags, representative posts) is indexed once per language the narrative speaks plus the generic
 * chain, so a query analysed in any of those languages finds it. Stateless.
 */
public final class NarrativeDocuments {

    private NarrativeDocuments() {
    }

    /**
     * The document for a snapshot. Representative posts created before {@code textCutoff} lose their text (the
     * retention policy covers the copies of post text inside narratives too).
     */
    public static Document toDocument(Narrative snapshot, Instant textCutoff) {
        Narrative narrative = expireRepresentativeText(snapshot, textCutoff);
        Document doc = new Document();
        doc.add(new StringField(UID, narrativeUid(narrative.narrativeId()), Field.Store.NO));
        doc.add(new StringField(TYPE, TYPE_NARRATIVE, Field.Store.NO));
        doc.add(new StringField(NARRATIVE_ID, narrative.narrativeId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(NARRATIVE_SORT, new BytesRef(narrative.narrativeId())));
        keyword(doc, STATUS, wireName(narrative.status()));
        keyword(doc, FLAGGED, Boolean.toString(narrative.flagged()));
        keyword(doc, MERGED, Boolean.toString(isMerged(narrative)));
        keyword(doc, MERGED_INTO, Keywords.exact(narrative.mergedInto()));
        doc.add(new DoubleDocValuesField(PRIORITY, narrative.priority()));
        doc.add(new NumericDocValuesField(POST_COUNT, narrative.postCount()));

        Set<String> keys = new LinkedHashSet<>();
        narrative.languages().keySet().stream().map(Languages::normalize).distinct().forEach(lang -> {
            keyword(doc, LANG, lang);
            facet(doc, FACET_LANG, lang);
            keys.add(Languages.analysisKey(lang));
        });
        narrative.representativePosts().forEach(post -> keys.add(Languages.analysisKey(post.lang())));
        keys.add(Languages.GENERIC);
        narrative.neighbourhoods().keySet().forEach(n -> keyword(doc, NEIGHBOURHOOD, Keywords.folded(n)));
        for (Map.Entry<HarmCategory, Double> mix : narrative.harmMix().entrySet()) {
            if (mix.getValue() != null && mix.getValue() > 0) {
                keyword(doc, CATEGORY, mix.getKey().wireName());
            }
        }
        narrative.hashtags().stream().map(Keywords::hashtag).distinct().forEach(tag -> keyword(doc, HASHTAG, tag));
        narrative.entities().stream().map(Keywords::folded).distinct().forEach(e -> keyword(doc, ENTITY, e));
        narrative.urls().stream().map(Keywords::exact).distinct().forEach(url -> keyword(doc, URL, url));

        String text = searchableText(narrative);
        doc.add(new StoredField(NARRATIVE_TEXT_STORED, text));
        for (String key : keys) {
            doc.add(new Field(narrativeText(key), text, PostDocuments.TEXT_TYPE));
        }
        doc.add(new StoredField(NARRATIVE_JSON, new BytesRef(Json.write(narrative))));
        return doc;
    }

    public static Narrative fromStored(Document stored) {
        BytesRef json = stored.getBinaryValue(NARRATIVE_JSON);
        if (json == null) {
            throw new IllegalStateException("document has no stored narrative");
        }
        byte[] bytes = new byte[json.length];
        System.arraycopy(json.bytes, json.offset, bytes, 0, json.length);
        return Json.read(bytes, Narrative.class);
    }

    /** The fields a hit needs loaded. */
    public static Set<String> storedFields() {
        return Set.of(NARRATIVE_JSON, NARRATIVE_TEXT_STORED);
    }

    public static boolean isMerged(Narrative narrative) {
        return narrative.mergedInto() != null || narrative.status() == NarrativeStatus.MERGED;
    }

    /**
     * The text a narrative is found by, one part per line: label, top terms, entities, hashtags, then each
     * representative post that still has its text.
     */
    public static String searchableText(Narrative narrative) {
        List<String> lines = new ArrayList<>();
        addLine(lines, narrative.label());
        addLine(lines, String.join(", ", narrative.topTerms()));
        addLine(lines, String.join(", ", narrative.entities()));
        addLine(lines, String.join(" ", narrative.hashtags().stream().map(tag -> "#" + tag).toList()));
        narrative.representativePosts().forEach(post -> addLine(lines, post.text()));
        return String.join("\n", lines);
    }

    /** The snapshot with the text of representative posts created before the cutoff removed. */
    public static Narrative expireRepresentativeText(Narrative n, Instant cutoff) {
        if (cutoff == null || n.representativePosts().stream().noneMatch(p -> expired(p, cutoff))) {
            return n;
        }
        List<RepresentativePost> posts = n.representativePosts().stream()
                .map(p -> expired(p, cutoff)
                        ? new RepresentativePost(p.postId(), null, p.lang(), p.authorPseudonym(), p.url(), p.createdAt())
                        : p)
                .toList();
        return new Narrative(n.schemaVersion(), n.narrativeId(), n.label(), n.topTerms(), n.entities(), n.hashtags(),
                n.urls(), posts, n.languages(), n.neighbourhoods(), n.harmMix(), n.claims(), n.harm(), n.counterSpeechShare(),
                n.postCount(), n.amplificationCount(), n.distinctAuthors(), n.metrics(), n.volumeSeries(), n.priority(),
                n.flagged(), n.firstSeen(), n.lastSeen(), n.status(), n.mergedInto(), n.updatedAt());
    }

    /** True when the snapshot still carries text of a representative post created before the cutoff. */
    public static boolean hasTextBefore(Narrative n, Instant cutoff) {
        return n.representativePosts().stream().anyMatch(p -> expired(p, cutoff));
    }

    private static boolean expired(RepresentativePost post, Instant cutoff) {
        return post.text() != null && post.createdAt() != null && post.createdAt().isBefore(cutoff);
    }

    private static void addLine(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    static String wireName(NarrativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
