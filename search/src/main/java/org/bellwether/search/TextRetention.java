package org.bellwether.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.index.IndexFields;
import org.bellwether.search.index.NarrativeDocuments;
import org.bellwether.search.index.PostDocuments;

/**
 * Rewrites documents whose text is older than a cutoff: posts lose their text (stored and indexed), narratives
 * lose the text of old representative posts. The caller holds the index's write lock, so the searcher read here
 * (refreshed first) shows the latest version of every document.
 */
final class TextRetention {
    private final IndexWriter writer;
    private final Searchers searchers;

    TextRetention(IndexWriter writer, Searchers searchers) {
        this.writer = writer;
        this.searchers = searchers;
    }

    /** @return posts whose text was removed */
    long expire(Instant cutoff) throws IOException {
        searchers.refresh();
        return searchers.with(searcher -> {
            long expired = 0;
            StoredFields stored = searcher.storedFields();
            Query oldText = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_POST)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TEXT_STATE, IndexFields.TEXT_PRESENT)), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(IndexFields.CREATED_AT, Long.MIN_VALUE, cutoff.toEpochMilli() - 1),
                            BooleanClause.Occur.FILTER)
                    .build();
            for (int doc : matching(searcher, oldText)) {
                ScoredPost post = PostDocuments.fromStored(stored.document(doc, PostDocuments.storedFields()));
                writer.updateDocument(new Term(IndexFields.UID, IndexFields.postUid(post.postId())),
                        PostDocuments.withoutText(post));
                expired++;
            }
            Query narratives = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE));
            for (int doc : matching(searcher, narratives)) {
                Narrative narrative = NarrativeDocuments.fromStored(
                        stored.document(doc, java.util.Set.of(IndexFields.NARRATIVE_JSON)));
                if (NarrativeDocuments.hasTextBefore(narrative, cutoff)) {
                    writer.updateDocument(new Term(IndexFields.UID, IndexFields.narrativeUid(narrative.narrativeId())),
                            NarrativeDocuments.toDocument(narrative, cutoff));
                }
            }
            return expired;
        });
    }

    /** Global doc ids of every match, in index order (stored fields read fastest that way). */
    private static List<Integer> matching(IndexSearcher searcher, Query query) throws IOException {
        List<Integer> docs = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(docBase + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return docs;
    }
}
