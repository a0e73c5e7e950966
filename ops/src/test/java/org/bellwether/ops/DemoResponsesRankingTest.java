package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.bellwether.model.Json;
import org.junit.jupiter.api.Test;

/** Which narrative the demo takes for a storyline: the one its hashtags lead, not a chatter narrative carrying them. */
class DemoResponsesRankingTest {
    private static final DemoResponses.Answer RUMOUR = DemoResponses.ANSWERS.get(0);

    private static JsonNode hit(String... hashtags) {
        return Json.mapper().valueToTree(java.util.Map.of("narrative", java.util.Map.of("hashtags",
                java.util.List.of(hashtags))));
    }

    @Test
    void theStorylinesHashtagLeadsItsOwnNarrativeAndTrailsAChatterOne() {
        assertThat(RUMOUR.hashtags()).contains("LucenaCoverUp", "PoisonedWater");
        // the demo city's chatter narrative that took in a few rumour posts: place tags first (seen in `dev`)
        assertThat(DemoResponses.leading(hit("portlucena", "oldharbour", "canalquarter", "eastgate", "lucenacoverup"),
                RUMOUR)).isEqualTo(4);
        assertThat(DemoResponses.leading(hit("#PoisonedWater", "portlucena"), RUMOUR)).isZero();
        assertThat(DemoResponses.leading(hit("riverside", "dontdrinkthewater"), RUMOUR)).isEqualTo(1);
        assertThat(DemoResponses.leading(hit("portlucena", "saveeastgate"), RUMOUR)).isEqualTo(Integer.MAX_VALUE);
        assertThat(DemoResponses.leading(hit(), RUMOUR)).isEqualTo(Integer.MAX_VALUE);
        assertThat(DemoResponses.LEADING_HASHTAGS).as("a narrative is the storyline's own from the third place up")
                .isEqualTo(3);
    }
}
