package org.bellwether.api.assignments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.model.RepresentativePost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BriefingHtmlTest {

    static Briefing briefing(String hostile, String language) {
        BriefingTexts texts = BriefingTexts.of(language);
        return new Briefing(UUID.randomUUID(), language, texts.rightToLeft(), true, texts.headings(),
                new Briefing.NarrativeSummary("n1", hostile, List.of(hostile), List.of("misinformation"),
                        Map.of("en", 3L), Map.of(hostile, 2L), 3, 1.5, 0.25, Instant.EPOCH, Instant.EPOCH),
                List.of(new RepresentativePost("demo:1", hostile, "en", hostile, "javascript:alert(1)", Instant.EPOCH),
                        new RepresentativePost("demo:2", "fine", "en", "anon", "https://example.org/?q=\"x\"",
                                Instant.EPOCH)),
                List.of(new Briefing.TalkingPoints("general", language, 1, hostile, List.of(hostile))),
                List.of(hostile), List.of(hostile), hostile, Instant.EPOCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "' onmouseover='alert(1)", "<a href=\"javascript:alert(1)\">x</a>", "`${alert(1)}`",
            "<style>body{background:url(javascript:alert(1))}</style>"})
    void everyPieceOfTextIsEscaped(String hostile) {
        String html = BriefingHtml.render(briefing(hostile, "en"));
        assertThat(html).doesNotContain(hostile);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg")
                .doesNotContain("href=\"javascript").doesNotContain("<style>body{background:url(javascript");
        assertThat(html).contains(BriefingHtml.escape(hostile));
        assertThat(html).contains("href=\"https://example.org/?q=&quot;x&quot;\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ar"})
    void headingsAndSafetyNoteFollowTheLanguage(String language) {
        String html = BriefingHtml.render(briefing("text", language));
        BriefingTexts texts = BriefingTexts.of(language);
        assertThat(html).contains("lang=\"" + language + "\"").contains(texts.heading("safety"));
        assertThat(html).contains(language.equals("ar") ? "dir=\"rtl\"" : "dir=\"ltr\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "ar"})
    void theCounterSpeechShareIsInThePackInEveryLanguage(String language) {
        String html = BriefingHtml.render(briefing("text", language));
        assertThat(BriefingTexts.of(language).heading("counterSpeech")).isNotBlank();
        assertThat(html).contains(BriefingHtml.escape(BriefingTexts.of(language).heading("counterSpeech")))
                .contains("25 %");
    }
}
