package org.bellwether.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input text → expected tokens per language, in the style of Anserini's TweetTokenizationTest. */
class SocialTextAnalyzerTest {
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    static Stream<Arguments> table() {
        return Stream.of(
                // social media: mentions never become tokens, URLs and e-mails are dropped, hashtags become words
                row("en", "@mayor_office says #StopTheFlood", "sai", "stoptheflood"),
                row("en", "cc @alice@mastodon.social and @bob.bsky.social", "cc"),
                row("en", "read https://news.example/a?b=1 now", "read", "now"),
                row("en", "write to tips@city.gov today", "write", "todai"),
                row("en", "the mayor's office", "mayor", "offic"),
                row("en", "Migrants FLOODING the East-Side", "migrant", "flood", "east", "side"),
                row("en", "café naïve résumé", "cafe", "naiv", "resum"),
                row("en", "rats 🐀 everywhere", "rat", "🐀", "everywher"),
                row("en", "email@ is not a mention: a@b", "email", "mention", "b"),
                // Spanish: stop words, light stemming, accents folded after stemming
                row("es", "La policía detuvo a los inmigrantes", "polici", "detuv", "inmigrant"),
                row("es", "Policia #NoALaInvasión @alcaldia", "polici", "noalainvasion"),
                // French: elision, stop words, light stemming, folding
                row("fr", "L'école et les écoles du quartier", "ecol", "ecol", "quarti"),
                row("fr", "Les migrants envahissent d'après @prefet", "migrant", "envahisent", "apre"),
                // German: normalisation (umlauts, ß) and light stemming
                row("de", "Die Straße gehört den Flüchtlingen", "strass", "gehort", "fluchtling"),
                row("de", "Bürgermeister lügt #Lügenpresse", "burgermeist", "lugt", "lugenpress"),
                // Arabic: normalisation, stop words, stemming, Arabic-Indic digits
                row("ar", "المهاجرين في المدينة ٢٠٢٦", "مهاجر", "مدين", "2026"),
                row("ar", "@user يقول #لا_للمهاجرين", "يقول", "لا_للمهاجر"),
                // Portuguese and Italian
                row("pt", "Os imigrantes invadiram a cidade", "imigrant", "invadiram", "cidad"),
                row("it", "L'immigrazione e gli stranieri", "immigrazion", "stranier"),
                // generic: other languages and undetermined, folded, no stemming, CJK bigrams
                row("und", "Çocuklar #İstanbul", "cocuklar", "istanbul"),
                row("tr", "GÖÇMENLER geliyor", "gocmenler", "geliyor"),
                row("ja", "東京都庁", "東京", "京都", "都庁"),
                row("pl", "Uchodźcy @kto", "uchodzcy"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("table")
    void tokenises(String lang, String input, List<String> expected) throws IOException {
        assertThat(tokens(ANALYZERS.forLanguage(lang), input)).containsExactlyElementsOf(expected);
    }

    @Test
    void offsetsPointIntoTheOriginalTextAfterAMentionIsBlanked() throws IOException {
        String text = "@someone_long said rats";
        List<String> slices = new ArrayList<>();
        try (TokenStream stream = ANALYZERS.forLanguage("en").tokenStream("text_en", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                slices.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        assertThat(slices).containsExactly("said", "rats");
    }

    @Test
    void wildcardTermsAreFoldedLikeTheIndexButNotStemmed() {
        assertThat(ANALYZERS.forLanguage("es").normalize("f", "Policía").utf8ToString()).isEqualTo("policia");
        assertThat(ANALYZERS.forLanguage("de").normalize("f", "Straße").utf8ToString()).isEqualTo("strasse");
    }

    @Test
    void languageCodesNormalise() {
        assertThat(Languages.normalize("EN-gb")).isEqualTo("en");
        assertThat(Languages.normalize("pt_BR")).isEqualTo("pt");
        assertThat(Languages.normalize(null)).isEqualTo("und");
        assertThat(Languages.normalize("<script>")).isEqualTo("und");
        assertThat(Languages.analysisKey("sw")).isEqualTo(Languages.GENERIC);
        assertThat(Languages.analysisKey("fr-CA")).isEqualTo("fr");
    }

    private static Arguments row(String lang, String input, String... tokens) {
        return Arguments.of(lang, input, List.of(tokens));
    }

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
