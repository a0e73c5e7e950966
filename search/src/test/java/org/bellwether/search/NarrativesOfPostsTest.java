package org.bellwether.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The narratives beside a post search: those whose posts match the post query and filters, post-only fields
 * ({@code kind}, {@code source}, {@code harm}, {@code createdAt}) included, ranked by priority.
 */
class NarrativesOfPostsTest {
    private static LuceneSearchIndex index;

    @BeforeAll
    static void load() {
        index = TestCorpus.load(LuceneSearchIndex.open(SearchSettings.inMemory()));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0} lang={1} neighbourhood={2}")
    @CsvSource(delimiter = '|', value = {
        "kind:tip                          |    |          | n1",
        "source:mastodon AND harm:[0.8 TO 1] |  |          | n4,n1",
        "createdAt:[2026-03-15 TO *]       |    |          | n1",
        "shelter                           |    |          | n1,n2",
        "shelter                           | en | Old Town | n2",
        "                                  |    | Old Town | n4,n1,n2",
        "nothing-matches-this              |    |          | ''"})
    void listsTheNarrativesOfTheMatchingPosts(String q, String lang, String neighbourhood, String expected) {
        SearchResult<NarrativeHit> result = index.searchNarrativesOfPosts(
                new PostQuery(q, lang, null, null, null, null, neighbourhood, null, 0, 1), NarrativeQuery.all());
        assertThat(result.hits()).extracting(hit -> hit.narrative().narrativeId())
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
        assertThat(result.total()).isEqualTo(result.hits().size());
    }
}
