package org.bellwether.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerProfile;
import org.bellwether.api.messengers.MessengerProfile.LanguageSkill;
import org.bellwether.api.support.Narratives;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Narrative;
import org.junit.jupiter.api.Test;

class MatcherTest {
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    static final Narrative SPANISH_MIGRANTS = Narratives.of("n1", "Rumour about newcomers", 0.9, true,
            Map.of("es", 30L, "en", 10L), Map.of("Riverside", 30L, "Millbrook", 10L),
            Map.of(HarmCategory.HATE_MIGRANTS, 0.7, HarmCategory.MISINFORMATION, 0.3));

    static Messenger messenger(String pseudonym, List<LanguageSkill> languages, List<String> neighbourhoods,
                               List<String> communities, int open, int capacity, boolean consent,
                               Instant absentUntil) {
        return new Messenger(UUID.randomUUID(), null, pseudonym, pseudonym, null, null,
                new MessengerProfile(languages, neighbourhoods, communities, List.of("hate_migrants"),
                        List.of("social")),
                capacity, true, absentUntil == null ? null : NOW.minusSeconds(3600), absentUntil, consent, true, "es",
                1, open, 0, 2, 0);
    }

    @Test
    void ranksByLanguageNeighbourhoodAndCommunityAndExplainsEveryFactor() {
        Messenger local = messenger("local", List.of(new LanguageSkill("es", "native")), List.of("Riverside"),
                List.of("migrant communities"), 0, 3, true, null);
        Messenger outsider = messenger("outsider", List.of(new LanguageSkill("fr", "native")), List.of("Northfield"),
                List.of("parents"), 0, 3, true, null);
        Suggestions result = new Matcher(MatchingWeights.DEFAULT).rank(SPANISH_MIGRANTS, List.of(outsider, local),
                NOW);
        assertThat(result.suggestions()).extracting(Suggestion::pseudonym).containsExactly("local", "outsider");
        Suggestion best = result.suggestions().get(0);
        assertThat(best.factors()).extracting(Suggestion.Factor::name).containsExactly("language", "neighbourhood",
                "community", "topic", "channel", "load", "availability", "outcomes");
        Suggestion.Factor language = best.factors().get(0);
        assertThat(language.value()).isEqualTo(0.75);
        assertThat(language.explanation()).contains("es 75% of posts");
        assertThat(best.factors().get(1).value()).isEqualTo(0.75);
        assertThat(best.factors().get(2).explanation()).contains("migrant communities for hate_migrants");
        double sum = best.factors().stream().mapToDouble(Suggestion.Factor::contribution).sum();
        assertThat(sum).isCloseTo(best.score(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void nobodyAtCapacityAbsentOrWithoutConsentIsSuggested() {
        Messenger full = messenger("full", List.of(new LanguageSkill("es", "native")), List.of("Riverside"),
                List.of(), 2, 2, true, null);
        Messenger away = messenger("away", List.of(new LanguageSkill("es", "native")), List.of("Riverside"),
                List.of(), 0, 2, true, NOW.plusSeconds(86_400));
        Messenger unwilling = messenger("unwilling", List.of(new LanguageSkill("es", "native")), List.of(),
                List.of(), 0, 2, false, null);
        Messenger ok = messenger("ok", List.of(new LanguageSkill("en", "basic")), List.of(), List.of(), 1, 2, true,
                null);
        Suggestions result = new Matcher(MatchingWeights.DEFAULT).rank(SPANISH_MIGRANTS,
                List.of(full, away, unwilling, ok), NOW);
        assertThat(result.suggestions()).extracting(Suggestion::pseudonym).containsExactly("ok");
        assertThat(result.excluded()).extracting(Suggestions.Excluded::pseudonym)
                .containsExactlyInAnyOrder("full", "away", "unwilling");
        assertThat(result.excluded()).flatExtracting(Suggestions.Excluded::reasons)
                .contains("at capacity (2/2)", "absent", "no consent");
    }

    @Test
    void weightsAreConfigurable() {
        Messenger speaker = messenger("speaker", List.of(new LanguageSkill("es", "native")), List.of(), List.of(),
                0, 3, true, null);
        Messenger neighbour = messenger("neighbour", List.of(), List.of("Riverside", "Millbrook"), List.of(), 0, 3,
                true, null);
        MatchingWeights languageOnly = MatchingWeights.DEFAULT.with(Map.of("language", 10.0, "neighbourhood", 0.0),
                10);
        MatchingWeights placeOnly = MatchingWeights.DEFAULT.with(Map.of("language", 0.0, "neighbourhood", 10.0), 10);
        assertThat(new Matcher(languageOnly).rank(SPANISH_MIGRANTS, List.of(neighbour, speaker), NOW).suggestions()
                .get(0).pseudonym()).isEqualTo("speaker");
        assertThat(new Matcher(placeOnly).rank(SPANISH_MIGRANTS, List.of(neighbour, speaker), NOW).suggestions()
                .get(0).pseudonym()).isEqualTo("neighbour");
    }
}
