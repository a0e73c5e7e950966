package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each message record against its golden JSON: written exactly so, and read back equal. */
class GoldenJsonTest {
    private static final Instant T0 = Instant.parse("2026-03-14T09:26:53Z");
    private static final Instant T1 = Instant.parse("2026-03-14T09:27:00Z");

    static Stream<Arguments> messages() {
        HarmScore migrants = new HarmScore(HarmCategory.HATE_MIGRANTS, 0.82,
                List.of("target term 'migrants'", "dehumanising verb 'flood'"));
        HarmScore offensive = new HarmScore(HarmCategory.OFFENSIVE, 0.4, List.of("profanity"));
        Harm harm = Harm.of(List.of(offensive, migrants));
        return Stream.of(
                Arguments.of("raw-post.json", new RawPost(1, "mastodon:social.example", "109876",
                        "https://social.example/@a/109876", "@a@social.example",
                        "They say the new shelter on Elm St. is \"flooding\" the area <b>#EastSide</b>", "en",
                        T0, T1, new Geo(51.5, -0.12, "East Side"), new Engagement(3, 1, 0), null)),
                Arguments.of("tip.json", new Tip(1, "T-2026-000042", "web",
                        "Flyers about the synagogue were posted on the bus stop", List.of("https://example.org/x"),
                        "en", "Old Town", T0, "gcm1:k1:AAAA", true)),
                Arguments.of("scored-post.json", new ScoredPost(1, "demo:p-17", "post", "demo",
                        "https://news.example/a", "p_5k2x9", "Migrants flood the East Side, they say", "en",
                        T0, T1, "East Side", List.of("East Side"), List.of("https://news.example/a"),
                        List.of("eastside"), harm, "n-00000007", null, new Engagement(0, 4, 1))),
                Arguments.of("scored-post-sealed-url.json", new ScoredPost(1, "mastodon:social.example:109876", "post",
                        "mastodon:social.example", null, "p_5k2x9", "Migrants flood the East Side, they say", "en",
                        T0, T1, "East Side", List.of(), List.of(), List.of(), Harm.NONE, "n-00000007", null,
                        Engagement.NONE, "gcm1:k1:AAAA")),
                Arguments.of("scored-post-counter-speech.json", new ScoredPost(1, "demo:p-18", "post", "demo",
                        null, "p_7q3m1",
                        "Stop sharing the post that says migrants are vermin. It is hateful and untrue.", "en",
                        T0, T1, "East Side", List.of(), List.of(), List.of(), Harm.of(List.of(
                                new HarmScore(HarmCategory.COUNTER_SPEECH, 0.915, List.of(
                                        "target:migrants · act:dehumanising · stance:countered",
                                        "words 'migrants' 'vermin'")))),
                        "n-00000007", null, null)),
                Arguments.of("narrative.json", new Narrative(1, "n-00000007", "migrants · shelter · east side",
                        List.of("migrants", "shelter", "flood"), List.of("East Side"), List.of("eastside"),
                        List.of("https://news.example/a"),
                        List.of(new RepresentativePost("demo:p-17", "Migrants flood the East Side, they say",
                                "en", "p_5k2x9", "https://news.example/a", T0)),
                        Map.of("en", 12L, "es", 3L), Map.of("East Side", 15L),
                        Map.of(HarmCategory.HATE_MIGRANTS, 0.61, HarmCategory.OFFENSIVE, 0.1),
                        Map.of("vaccine-microchip", 2L), 0.61, 0.2,
                        15, 4, 9, new NarrativeMetrics(6, 15, 6.0, 0.5, 1.2, 4.1, 9),
                        List.of(new VolumeBucket(Instant.parse("2026-03-14T08:00:00Z"), 9),
                                new VolumeBucket(Instant.parse("2026-03-14T09:00:00Z"), 6)),
                        0.74, true, T0, T1, NarrativeStatus.ACTIVE, null, T1)),
                Arguments.of("alert.json", new Alert(1, "a-n-00000007-1", "n-00000007",
                        "migrants · shelter · east side", "harmful-burst", Severity.HIGH, 0.74,
                        "harm 0.61 (hate_migrants) and 6 posts in the last hour, 4.1x its baseline",
                        Map.of("harm", 0.61, "burstScore", 4.1, "volumeLastHour", 6.0), T1)),
                Arguments.of("response.json", new ResponseEvent(1, "r-1", "n-00000007", "as-3", "radio", "es",
                        T1, 12000L, "En la radio: los rumores sobre el albergue son falsos.")),
                Arguments.of("dead-letter.json", DeadLetter.of("posts.raw", 2, 118L, "demo:p-99",
                        "{\"text\":".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "not a valid RawPost: Unexpected end-of-input", "validate", T1)),
                Arguments.of("collector-checkpoint.json",
                        new CollectorCheckpoint(1, "replay:demo.jsonl", "1200", T1)),
                Arguments.of("watchlist-document.json", new WatchlistDocument(1, "default",
                        "hashtags: [portlucena]\nkeywords: [shelter]\n", "admin", T1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void writesTheGoldenJson(String file, Object message) throws IOException {
        JsonNode expected = golden(file);
        JsonNode actual = Json.mapper().readTree(Json.write(message));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void readsTheGoldenJsonBackEqual(String file, Object message) throws IOException {
        Object read = Json.read(Json.mapper().writeValueAsBytes(golden(file)), message.getClass());
        assertThat(read).isEqualTo(message);
    }

    private static JsonNode golden(String file) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return Json.mapper().readTree(in);
        }
    }
}
