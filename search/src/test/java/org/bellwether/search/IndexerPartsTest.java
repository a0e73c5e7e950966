package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.bellwether.model.Json;
import org.bellwether.model.ScoredPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndexerPartsTest {

    static Stream<Arguments> hostileLogText() {
        return Stream.of(
                Arguments.of("line\nbreak", "line\\u000abreak"),
                Arguments.of("fake\r\n12:00 INFO ok", "fake\\u000d\\u000a12:00 INFO ok"),
                Arguments.of("rtl \u202eoverride", "rtl \\u202eoverride"),
                Arguments.of("zero\u200bwidth", "zero\\u200bwidth"),
                Arguments.of("back\\slash", "back\\\\slash"),
                Arguments.of("lone \ud83d surrogate", "lone \\ud83d surrogate"),
                Arguments.of("plain émoji 🐀", "plain émoji 🐀"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostileLogText")
    void logLinesShowUntrustedTextEscaped(String input, String expected) {
        assertThat(LogSafe.escape(input, 100)).isEqualTo(expected);
    }

    @Test
    void logLinesAreBounded() {
        assertThat(LogSafe.escape("x".repeat(500), 10)).isEqualTo("xxxxxxxxxx…(+490 chars)");
        assertThat(LogSafe.escape(null, 10)).isEqualTo("null");
    }

    @Test
    void commitDataRoundTrips() {
        CommitData data = new CommitData("city1.", Instant.parse("2026-03-01T00:00:00Z"),
                Map.of("city1.posts.scored-0", 42L, "city1.narratives-3", 7L));
        assertThat(CommitData.decode(data.encode().entrySet())).isEqualTo(data);
        assertThat(data.encode()).containsEntry("offset:city1.posts.scored-0", "42")
                .containsEntry(CommitData.FORMAT, CommitData.FORMAT_VERSION);
        assertThat(CommitData.decode(null)).isEqualTo(new CommitData(null, null, Map.of()));
    }

    @Test
    void recordsAreReadOrRefusedWithAReason() {
        byte[] good = Json.write(TestCorpus.P1);
        assertThat(RecordDecoder.post("t", null, good).value()).isEqualTo(TestCorpus.P1);
        assertThat(RecordDecoder.post("t", "k".getBytes(StandardCharsets.UTF_8), null).tombstoneId()).isEqualTo("k");

        ScoredPost future = new ScoredPost(99, "x:1", "post", "s", null, "p", "t", "en", null, null, null, null, null,
                null, null, "n1", null, null);
        assertThatThrownBy(() -> RecordDecoder.post("t", null, Json.write(future)))
                .hasMessageContaining("schemaVersion 99");
        ScoredPost anonymous = PostDocumentsHelper.withId(TestCorpus.P1, null);
        assertThatThrownBy(() -> RecordDecoder.post("t", null, Json.write(anonymous))).hasMessageContaining("postId");
        assertThatThrownBy(() -> RecordDecoder.post("t", null, new byte[0]))
                .isInstanceOf(RecordDecoder.MalformedRecordException.class);
        assertThatThrownBy(() -> RecordDecoder.narrative("t", null, null)).hasMessageContaining("without a key");
        assertThatThrownBy(() -> RecordDecoder.narrative("t", null, "\"just a string\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RecordDecoder.MalformedRecordException.class);
    }

    @Test
    void theIndexerRefusesAnIndexKeptForAnotherTopicPrefix() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.inMemory())) {
            assertThatThrownBy(() -> new IndexerService(index, Map.of("bootstrap.servers", "127.0.0.1:1"), "other."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic prefix");
            assertThatThrownBy(() -> new IndexerService(index, Map.of(), ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrap.servers");
        }
    }

    @Test
    void anIndexBuiltFromOneTopicPrefixRefusesToOpenUnderAnotherAndStaysUsable(@org.junit.jupiter.api.io.TempDir
                                                                               java.nio.file.Path dir) {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(SearchSettings.at(dir, "city1."))) {
            index.upsertPost(TestCorpus.P1);
        }
        assertThatThrownBy(() -> LuceneSearchIndex.open(SearchSettings.at(dir, "city2.")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("city1.");
        try (LuceneSearchIndex again = LuceneSearchIndex.open(SearchSettings.at(dir, "city1."))) {
            assertThat(again.stats().posts()).as("the refused open released its lock; the close committed").isEqualTo(1);
        }
    }

    /** Builds a copy of a post with another id. */
    static final class PostDocumentsHelper {
        static ScoredPost withId(ScoredPost p, String id) {
            return new ScoredPost(p.schemaVersion(), id, p.kind(), p.source(), p.url(), p.authorPseudonym(), p.text(),
                    p.lang(), p.createdAt(), p.collectedAt(), p.neighbourhood(), p.entities(), p.urls(), p.hashtags(),
                    p.harm(), p.narrativeId(), p.duplicateOf(), p.engagement());
        }
    }
}
