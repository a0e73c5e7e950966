package org.bellwether.processor.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.bellwether.model.Engagement;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Json;
import org.bellwether.model.ResponseEvent;
import org.bellwether.processor.enrich.EnrichedPost;
import org.bellwether.processor.normalise.NormalisedPost;
import org.junit.jupiter.api.Test;

class NarrativeCommandSerdeTest {
    private static final NormalisedPost POST = new NormalisedPost("mastodon:1", "post", "mastodon:city.social",
            "https://city.social/@p/1", "p_abc", "Fire at the \"refinery\" — évacuez 🚒 #fire https://x.org/a", "fr",
            Instant.parse("2026-11-28T10:15:30.123456789Z"), Instant.parse("2026-11-28T10:15:31Z"), "East Side",
            List.of("https://x.org/a"), List.of("fire"), new Engagement(3, 2, 1), "mastodon:0", null);

    @Test
    void aPostAndItsFeaturesComeBackEqual() {
        NarrativeCommand command = NarrativeCommand.of(new EnrichedPost(POST, List.of("Refinery", "East Side"),
                Harm.of(List.of(new HarmScore(HarmCategory.values()[0], 0.25, List.of("cue: \"x\""))))));

        NarrativeCommand back = NarrativeCommandSerde.read(NarrativeCommandSerde.write(command));

        assertThat(back).isEqualTo(command);
        assertThat(((NarrativeCommand.Place) back).features().size()).isPositive();
    }

    @Test
    void nullFieldsAndNoHarmSurvive() {
        NormalisedPost tip = new NormalisedPost("tip:1", "tip", "tip:sms", null, null, "x", "und", null, null, null,
                null, null, null, null, null);
        NarrativeCommand command = NarrativeCommand.of(new EnrichedPost(tip, null, null));

        assertThat(NarrativeCommandSerde.read(NarrativeCommandSerde.write(command))).isEqualTo(command);
    }

    @Test
    void aResponseComesBackEqual() {
        NarrativeCommand command = NarrativeCommand.of(new ResponseEvent(1, "r1", "n1", "a1", "sms", "en",
                Instant.parse("2026-11-28T10:00:00Z"), 40L, "On the radio: the rumour is false."));

        assertThat(NarrativeCommandSerde.read(NarrativeCommandSerde.write(command))).isEqualTo(command);
    }

    @Test
    void theJsonOfEarlierVersionsIsStillRead() {
        EnrichedPost post = new EnrichedPost(POST, List.of("Refinery"), Harm.NONE);
        byte[] json = Json.write(java.util.Map.of("post", post));

        assertThat(NarrativeCommandSerde.read(json)).isEqualTo(NarrativeCommand.of(post));
    }

    @Test
    void truncatedBytesAreASerializationError() {
        byte[] bytes = NarrativeCommandSerde.write(NarrativeCommand.of(new EnrichedPost(POST, List.of(), Harm.NONE)));

        assertThatThrownBy(() -> NarrativeCommandSerde.read(java.util.Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> NarrativeCommandSerde.read("\u0009".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }
}
