package org.bellwether.search.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bellwether.model.SavedSearch;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SearchFilters;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.LuceneSearchIndex;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchSettings;
import org.bellwether.search.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A saved query matches, post by post, exactly what the search page finds for it: the monitor (lucene-monitor
 * on this Lucene version) against the index holding {@link TestCorpus}.
 */
class SavedQueryMonitorTest {
    private static LuceneSearchIndex index;

    @BeforeAll
    static void load() {
        index = TestCorpus.load(LuceneSearchIndex.open(SearchSettings.inMemory()));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0} | {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "migrants                          | | | | ",
        "inmigrante                        | | | | ",
        "Flüchtling                        | | | | ",
        "المهاجر                           | | | | ",
        "#StopTheFlood                     | | | | ",
        "\"town hall\"                     | | | | ",
        "migrants NOT shelter              | | | | ",
        "l'école OR gare                   | | | | ",
        "shelt*                            | | | | ",
        "weekand~1                         | | | | ",
        "harm:[0.8 TO 1]                   | | | | ",
        "createdAt:[2026-03-15 TO *]       | | | | ",
        "source:mastodon AND category:threat | | | | ",
        "kind:tip                          | | | | ",
        "the OR migrants                   | | | | ",
        "migrants                          | fr | | | ",
        "migrants                          | | east side | | ",
        "migrants                          | | | mastodon | ",
        "                                  | | | | tip",
        "                                  | en | old town | | "})
    void matchesWhatTheSearchPageFinds(String q, String lang, String neighbourhood, String source, String kind) {
        SearchFilters filters = new SearchFilters(null, lang, neighbourhood, source, kind);
        Set<String> found = index.searchPosts(new PostQuery(q, lang, null, null, null, null, neighbourhood, source,
                        0, 100)).hits().stream()
                .filter(hit -> kind == null || kind.equals(hit.kind()))
                .map(PostHit::postId).collect(Collectors.toCollection(TreeSet::new));
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            monitor.register(new SavedSearch(1, "s1", q, filters, "1"));
            Set<String> matched = new TreeSet<>();
            for (ScoredPost post : TestCorpus.POSTS) {
                if (monitor.match(post).contains("s1")) {
                    matched.add(post.postId());
                }
            }
            assertThat(matched).isEqualTo(found).isNotEmpty();
            // matched as a batch (posts of several languages together): the same posts
            List<List<String>> batch = monitor.matchAll(TestCorpus.POSTS);
            Set<String> matchedInBatch = new TreeSet<>();
            for (int i = 0; i < TestCorpus.POSTS.size(); i++) {
                if (batch.get(i).contains("s1")) {
                    matchedInBatch.add(TestCorpus.POSTS.get(i).postId());
                }
            }
            assertThat(matchedInBatch).isEqualTo(matched);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void holdsManySearchesAndForgetsRemovedOnes() throws Exception {
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            monitor.register(new SavedSearch(1, "migrants", "migrants", null, "1"));
            monitor.register(new SavedSearch(1, "town-hall", "\"town hall\"", null, "1"));
            monitor.register(new SavedSearch(1, "tips", "", new SearchFilters(null, null, null, null, "tip"), "1"));
            assertThat(monitor.size()).isEqualTo(3);
            assertThat(monitor.match(TestCorpus.P1)).containsExactly("migrants");
            assertThat(monitor.match(TestCorpus.P10)).containsExactlyInAnyOrder("migrants", "tips");

            monitor.remove("migrants");
            monitor.register(new SavedSearch(1, "tips", "kind:post", null, "1")); // replaced
            assertThat(monitor.match(TestCorpus.P1)).containsExactly("tips");
            assertThat(monitor.match(TestCorpus.P10)).isEmpty();
            assertThat(monitor.match(TestCorpus.P9)).containsExactlyInAnyOrder("town-hall", "tips");
        }
    }

    @Test
    void holdsAQueryOfStopWords() throws Exception {
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            monitor.register(new SavedSearch(1, "stop-words", "the", null, "1"));
            monitor.register(new SavedSearch(1, "nested", "(the) AND migrants", null, "1"));
            assertThat(monitor.size()).isEqualTo(2);
            for (ScoredPost post : TestCorpus.POSTS) {
                Set<String> expected = new TreeSet<>();
                if (foundBySearch("the").contains(post.postId())) {
                    expected.add("stop-words");
                }
                if (foundBySearch("(the) AND migrants").contains(post.postId())) {
                    expected.add("nested");
                }
                assertThat(new TreeSet<>(monitor.match(post))).as(post.postId()).isEqualTo(expected);
            }
        }
    }

    private static Set<String> foundBySearch(String q) {
        return index.searchPosts(new PostQuery(q, null, null, null, null, null, null, null, 0, 100)).hits().stream()
                .map(PostHit::postId).collect(Collectors.toSet());
    }

    @Test
    void stopWordsAloneFindNothingInTheirLanguage() throws Exception {
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            monitor.register(new SavedSearch(1, "stop-words", "the", null, "1"));
            assertThat(monitor.match(TestCorpus.P1)).isEmpty();
        }
    }

    @Test
    void refusesWhatTheSearchPageRefuses() throws Exception {
        try (SavedQueryMonitor monitor = new SavedQueryMonitor()) {
            assertThatThrownBy(() -> monitor.register(new SavedSearch(1, "bad", "(migrants", null, "1")))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("parentheses");
            assertThat(monitor.size()).isZero();
        }
    }
}
