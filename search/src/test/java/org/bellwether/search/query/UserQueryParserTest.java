package org.bellwether.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.bellwether.search.InvalidQueryException;
import org.bellwether.search.analysis.LanguageAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryParserTest {
    private static final UserQueryParser PARSER = new UserQueryParser(new LanguageAnalyzers());

    static Stream<Arguments> refused() {
        return Stream.of(
                // no author or account search, in any spelling
                Arguments.of("author:p_5k2x9", "cannot be searched"),
                Arguments.of("authorPseudonym:p_5k2x9", "cannot be searched"),
                Arguments.of("author_pseudonym:p_5k2x9", "cannot be searched"),
                Arguments.of("migrants AND (user:bob OR flood)", "cannot be searched"),
                Arguments.of("handle:bob", "cannot be searched"),
                Arguments.of("@mayor_office", "mentions"),
                // no account through the back door of links
                Arguments.of("url:ht*hamid_awake904*", "links are matched whole only"),
                Arguments.of("link:https*", "links are matched whole only"),
                Arguments.of("link:/https.*hamid.*/", "links are matched whole only"),
                Arguments.of("url:social.example~", "links are matched whole only"),
                Arguments.of("flood AND \"said @alice@mastodon.social\"", "mentions"),
                // syntax
                Arguments.of("\"unbalanced phrase", "unbalanced quotes"),
                Arguments.of("(migrants AND flood", "unbalanced parentheses: 1 '(' not closed"),
                Arguments.of("migrants) OR flood", "')' without a matching '('"),
                Arguments.of("migrants AND", "cannot parse the query at column"),
                Arguments.of("migrants \\", "cannot parse the query"),
                Arguments.of("nosuchfield:x", "unknown field 'nosuchfield'"),
                Arguments.of("https://news.example/a", "quote it"),
                // expensive
                Arguments.of("*grants", "leading wildcards"),
                Arguments.of("?igrants", "leading wildcards"),
                Arguments.of("text:*ants", "leading wildcards"),
                Arguments.of("/.*grants/", "leading wildcards"),
                Arguments.of("m*", "at least 2 letters"),
                Arguments.of("m?grants", "at least 2 letters"),
                Arguments.of("/m[a-z]+/", "at least 2 letters"),
                Arguments.of("/mi" + "(a|b)".repeat(20) + "/", "too long"),
                Arguments.of("/mi[/", "invalid regular expression"),
                Arguments.of("ab~", "at least 3 letters"),
                Arguments.of("aa* bb* cc* dd* ee* ff*", "too many wildcard"),
                Arguments.of(IntStream.range(0, 65).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR ")),
                        "too many terms in one group"),
                Arguments.of(IntStream.range(0, 3).mapToObj(g -> IntStream.range(0, 50).mapToObj(i -> "t" + i)
                        .collect(Collectors.joining(" ", "(", ")"))).collect(Collectors.joining(" ")),
                        "too many terms: 150"),
                Arguments.of("\"town hall\"~500", "slop"),
                Arguments.of("x".repeat(1001), "too long"),
                // fields used the wrong way
                Arguments.of("harm:0.5", "takes a range"),
                Arguments.of("harm:[abc TO 1]", "not a number"),
                Arguments.of("createdAt:[yesterday TO now]", "not a date"),
                Arguments.of("text:[a TO z]", "ranges work on harm and createdAt only"),
                Arguments.of("harm:0.5*", "takes a range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAClearMessage(String q, String reason) {
        assertThatThrownBy(() -> PARSER.parse(q, QueryScope.POSTS))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Was expecting"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"migrants", "\"town hall\"", "\"town hall\"~3", "mi*", "migrnts~1", "harm:[0.5 TO *]",
        "harm:{0.5 TO 1]", "createdAt:[2026-03-14 TO 2026-03-15]", "created_at:[* TO 2026-03-15T12:00:00Z}",
        "lang:en AND flood", "*:*", "/migr.*/", "NOT migrants", "url:\"https://news.example/a\"", "source:mastodon",
        "source:mastodon\\:x.social", "#eastside", "hashtag:#EastSide", "write to tips@city.gov", "flood^2 OR rats",
        "neighbourhood:\"East Side\"", "category:hate_migrants -lang:fr", "LANGUAGE:es", "🐀"})
    void acceptsTheSearchSyntax(String q) {
        assertThat(PARSER.parse(q, QueryScope.POSTS)).isNotNull();
    }

    @Test
    void aRegularExpressionOnAKeywordFieldMatches() throws Exception {
        try (org.apache.lucene.store.Directory directory = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                for (String neighbourhood : List.of("riverside", "old-town")) {
                    org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                    doc.add(new org.apache.lucene.document.StringField(org.bellwether.search.index.IndexFields.NEIGHBOURHOOD,
                            neighbourhood, org.apache.lucene.document.Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (org.apache.lucene.index.DirectoryReader reader =
                         org.apache.lucene.index.DirectoryReader.open(directory)) {
                org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
                assertThat(searcher.count(PARSER.parse("neighbourhood:/river.*/", QueryScope.POSTS))).isEqualTo(1);
                assertThat(searcher.count(PARSER.parse("neighbourhood:/old-t[a-z]+/", QueryScope.POSTS)))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void narrativeScopeHasItsOwnFields() {
        assertThat(PARSER.parse("status:active AND flagged:true", QueryScope.NARRATIVES)).isNotNull();
        assertThatThrownBy(() -> PARSER.parse("status:active", QueryScope.POSTS))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("unknown field 'status'");
        assertThatThrownBy(() -> PARSER.parse("author:x", QueryScope.NARRATIVES))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot be searched");
    }

    @Test
    void blankMatchesEverythingAndQueriesWithoutTextNeedNoLanguageBranches() {
        assertThat(PARSER.parse("  ", QueryScope.POSTS)).isInstanceOf(MatchAllDocsQuery.class);
        Query filterOnly = PARSER.parse("lang:en", QueryScope.POSTS);
        assertThat(filterOnly.toString()).isEqualTo("lang:en");
        assertThat(PARSER.parse("flood", QueryScope.POSTS).toString())
                .contains("#analysis:en +text_en:flood", "#analysis:es +text_es:flood", "#analysis:fr +text_fr:flod");
    }

    @Test
    void aGroupOfOnlyNegationsMeansEverythingExcept() {
        assertThat(PARSER.parse("NOT flood", QueryScope.POSTS).toString()).contains("-text_en:flood #*:*");
    }
}
