package org.bellwether.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.bellwether.model.Narrative;
import org.bellwether.model.ScoredPost;
import org.bellwether.search.TestCorpus;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.junit.jupiter.api.Test;

class DocumentMappingTest {

    @Test
    void postsAndNarrativesReadBackExactlyAsWritten() throws IOException {
        List<Document> read = roundTrip(List.of(
                PostDocuments.toDocument(TestCorpus.P1, null),
                PostDocuments.toDocument(TestCorpus.P10, null),
                NarrativeDocuments.toDocument(TestCorpus.N1, null)));
        assertThat(PostDocuments.fromStored(read.get(0))).isEqualTo(TestCorpus.P1);
        assertThat(PostDocuments.fromStored(read.get(1))).isEqualTo(TestCorpus.P10);
        assertThat(NarrativeDocuments.fromStored(read.get(2))).isEqualTo(TestCorpus.N1);
    }

    @Test
    void aNarrativesDebunkedClaimsAreStoredWithItAndSurviveTextExpiry() throws IOException {
        Narrative n = TestCorpus.N1;
        Narrative claimed = new Narrative(n.schemaVersion(), n.narrativeId(), n.label(), n.topTerms(), n.entities(),
                n.hashtags(), n.urls(), n.representativePosts(), n.languages(), n.neighbourhoods(), n.harmMix(),
                java.util.Map.of("vaccine-microchip", 3L, "5g-covid", 1L), n.harm(), n.counterSpeechShare(),
                n.postCount(), n.amplificationCount(), n.distinctAuthors(), n.metrics(), n.volumeSeries(),
                n.priority(), n.flagged(), n.firstSeen(), n.lastSeen(), n.status(), n.mergedInto(), n.updatedAt());

        assertThat(NarrativeDocuments.fromStored(roundTrip(List.of(NarrativeDocuments.toDocument(claimed, null)))
                .get(0))).isEqualTo(claimed);
        Narrative expired = NarrativeDocuments.fromStored(roundTrip(List.of(NarrativeDocuments.toDocument(claimed,
                Instant.parse("2026-03-14T10:00:00Z")))).get(0));
        assertThat(expired.claims()).containsOnly(java.util.Map.entry("vaccine-microchip", 3L),
                java.util.Map.entry("5g-covid", 1L));
    }

    @Test
    void theAuthorPseudonymIsStoredButNeverAnIndexedField() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            write(directory, List.of(PostDocuments.toDocument(TestCorpus.P1, null),
                    NarrativeDocuments.toDocument(TestCorpus.N1, null)));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
                List<String> indexed = new ArrayList<>();
                for (FieldInfo info : infos) {
                    if (info.getIndexOptions() != IndexOptions.NONE || info.getPointDimensionCount() > 0) {
                        indexed.add(info.name);
                    }
                    assertThat(info.name).doesNotContainIgnoringCase("author");
                }
                assertThat(indexed).doesNotContain(IndexFields.POST_JSON, IndexFields.NARRATIVE_JSON,
                        IndexFields.TEXT_STORED);
                assertThat(infos.fieldInfo(IndexFields.POST_JSON).getIndexOptions()).isEqualTo(IndexOptions.NONE);
            }
            // the pseudonym is still there for display
            assertThat(TestCorpus.P1.authorPseudonym()).isNotBlank();
        }
    }

    @Test
    void textOlderThanTheRetentionCutoffIsNeitherStoredNorIndexed() throws IOException {
        Instant cutoff = Instant.parse("2026-03-14T10:00:00Z");
        Document expired = PostDocuments.toDocument(TestCorpus.P1, cutoff);
        Document kept = PostDocuments.toDocument(TestCorpus.P3, cutoff);
        assertThat(expired.get(IndexFields.TEXT_STORED)).isNull();
        assertThat(expired.getField(IndexFields.postText("en"))).isNull();
        assertThat(expired.get(IndexFields.TEXT_STATE)).isEqualTo(IndexFields.TEXT_EXPIRED);
        assertThat(kept.get(IndexFields.TEXT_STATE)).isEqualTo(IndexFields.TEXT_PRESENT);
        assertThat(kept.getField(IndexFields.postText("es"))).isNotNull();

        ScoredPost back = PostDocuments.fromStored(roundTrip(List.of(expired)).get(0));
        assertThat(back.text()).isNull();
        assertThat(back).isEqualTo(PostDocuments.withText(TestCorpus.P1, null));

        Narrative narrative = NarrativeDocuments.fromStored(
                roundTrip(List.of(NarrativeDocuments.toDocument(TestCorpus.N1, cutoff))).get(0));
        assertThat(narrative.representativePosts()).extracting(r -> r.text() == null)
                .containsExactly(true, false); // P1 is older than the cutoff, P3 is not
    }

    @Test
    void hostileKeywordValuesAreBoundedSoTheWriterNeverRejectsADocument() throws IOException {
        ScoredPost hostile = TestCorpus.post("x:1", "en", "2026-03-14T09:00:00Z", "n1",
                "n".repeat(40_000), "s".repeat(40_000), "text", List.of("h".repeat(40_000)),
                List.of("https://x.example/" + "u".repeat(40_000)));
        assertThat(PostDocuments.fromStored(roundTrip(List.of(PostDocuments.toDocument(hostile, null))).get(0)))
                .isEqualTo(hostile);
        ScoredPost hugeId = PostDocuments.withText(TestCorpus.post("x:" + "y".repeat(40_000), "en",
                "2026-03-14T09:00:00Z", "n1", "n", "s", "text", List.of(), List.of()), "text");
        assertThatThrownBy(() -> PostDocuments.toDocument(hugeId, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1024");
    }

    @Test
    void sourceKindIsTheSourceUpToItsFirstColon() {
        assertThat(Keywords.sourceKind("mastodon:mastodon.social")).isEqualTo("mastodon");
        assertThat(Keywords.sourceKind("demo")).isEqualTo("demo");
        assertThat(Keywords.hashtag("#EastSide")).isEqualTo("eastside");
        assertThat(Keywords.folded("  ")).isNull();
    }

    private static List<Document> roundTrip(List<Document> documents) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            write(directory, documents);
            List<Document> read = new ArrayList<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    read.add(reader.storedFields().document(doc));
                }
            }
            return read;
        }
    }

    private static void write(ByteBuffersDirectory directory, List<Document> documents) throws IOException {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                analyzers.perField(IndexFields::postText, IndexFields::narrativeText)))) {
            for (Document document : documents) {
                writer.addDocument(document);
            }
        }
    }
}
