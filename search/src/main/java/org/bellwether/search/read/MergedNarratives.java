package org.bellwether.search.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.bellwether.search.index.IndexFields;

/** Resolves a narrative to itself plus every narrative merged into it, directly or through a chain of merges. */
final class MergedNarratives {
    /** Most narratives one filter expands to. */
    static final int MAX_IDS = 10_000;

    private MergedNarratives() {
    }

    static Set<String> withMergedInto(IndexSearcher searcher, String narrativeId) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(narrativeId);
        Deque<String> pending = new ArrayDeque<>(ids);
        StoredFields stored = searcher.storedFields();
        while (!pending.isEmpty() && ids.size() < MAX_IDS) {
            String target = pending.pop();
            BooleanQuery mergedInto = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_NARRATIVE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.MERGED_INTO, target)), BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc hit : searcher.search(mergedInto, MAX_IDS).scoreDocs) {
                String id = stored.document(hit.doc, Set.of(IndexFields.NARRATIVE_ID)).get(IndexFields.NARRATIVE_ID);
                if (id != null && ids.add(id)) {
                    pending.push(id);
                }
            }
        }
        return ids;
    }
}
