package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.processor.harm.DebunkedClaims;
import org.junit.jupiter.api.Test;

/** The narrative state store's format: what a processor wrote before a field was added still restores. */
class NarrativeStateSerdeTest {
    private static final long T0 = Instant.parse("2026-03-14T09:00:00Z").toEpochMilli();

    @Test
    void aStateStoredBeforeDebunkedClaimsWereCountedRestoresWithNone() throws IOException {
        // written by the processor as it was before it counted claims: two posts on 5G and the coronavirus,
        // one judged counter-speech, one response, one alert
        NarrativeState old = NarrativeStateSerde.read(fixture("narrative-state-before-claims.b64"));

        assertThat(old.id()).isEqualTo("n-00000001");
        assertThat(old.posts()).isEqualTo(2);
        assertThat(old.status()).isEqualTo(NarrativeStatus.EMERGING);
        assertThat(old.firstSeen()).isEqualTo(T0);
        NarrativeProfile profile = old.profile();
        assertThat(profile.languages().get("en")).isEqualTo(2);
        assertThat(profile.urls().top(1)).containsExactly("https://news.example/5g");
        assertThat(profile.counterSpeechPosts).isEqualTo(1);
        assertThat(profile.responses()).isEqualTo(1);
        assertThat(profile.alerts()).isEqualTo(1);
        assertThat(profile.representatives()).hasSize(1);
        assertThat(profile.claims().size()).isZero();

        // and from then on it counts claims and keeps them across a write and a read
        profile.claims().add("5g-covid", 2);
        NarrativeState again = NarrativeStateSerde.read(NarrativeStateSerde.write(old));
        assertThat(again.profile().claims().topMap(NarrativeProfile.CLAIMS)).containsExactly(
                java.util.Map.entry("5g-covid", 2L));
        assertThat(again.profile().counterSpeechPosts).isEqualTo(1);
        assertThat(again.posts()).isEqualTo(2);
    }

    @Test
    void storyTaggedPostsSurviveTheStoreAndAStateStoredBeforeTheyWereCountedHasNone() {
        PlaceTags city = PlaceTags.of(java.util.List.of("Port Lucena"));
        NarrativeState state = new NarrativeState("n-9", 9, 0, T0);
        state.posts = 3;
        state.profile().addHashtags(java.util.List.of("portlucena", "noshelterhere"), city);
        state.profile().addHashtags(java.util.List.of("portlucena"), city);
        state.profile().claims().add("5g-covid", 1);

        byte[] bytes = NarrativeStateSerde.write(state);
        NarrativeState restored = NarrativeStateSerde.read(bytes);
        assertThat(restored.profile().storyTaggedPosts).isEqualTo(1);
        assertThat(restored.profile().storyTagShare(restored.posts())).isEqualTo(1.0 / 3);

        // the count is appended last: the same bytes without it are what the processor wrote before counting it
        NarrativeState before = NarrativeStateSerde.read(java.util.Arrays.copyOf(bytes, bytes.length - 4));
        assertThat(before.profile().storyTaggedPosts).isZero();
        assertThat(before.profile().claims().get("5g-covid")).isEqualTo(1);
        assertThat(before.profile().hashtags().get("portlucena")).isEqualTo(2);
    }

    @Test
    void everyShippedClaimIsCountedExactlyInOneNarrative() {
        // a claim matched by one post must never read as two (a signature shares claims of at least two posts)
        NarrativeState state = new NarrativeState("n-8", 8, 0, T0);
        CountMap claims = state.profile().claims();
        java.util.Set<String> shipped = DebunkedClaims.load().ids();
        shipped.stream().sorted().forEach(id -> claims.add(id, 1));

        NarrativeState restored = NarrativeStateSerde.read(NarrativeStateSerde.write(state));

        assertThat(shipped).hasSizeGreaterThan(1);
        assertThat(restored.profile().claims().size()).isEqualTo(shipped.size());
        shipped.forEach(id -> assertThat(restored.profile().claims().get(id)).as(id).isEqualTo(1));
    }

    @Test
    void debunkedClaimsSurviveTheStoreMostMatchedFirstAndBounded() {
        NarrativeState state = new NarrativeState("n-7", 7, 0, T0);
        CountMap claims = state.profile().claims();
        for (int post = 0; post < 30; post++) {
            claims.add(post % 3 == 0 ? "5g-covid" : "vaccine-microchip", 1);
        }
        for (int claim = 0; claim < NarrativeProfile.CLAIMS + 5; claim++) {
            claims.add("one-off-" + claim, 1);
        }

        NarrativeState restored = NarrativeStateSerde.read(NarrativeStateSerde.write(state));

        assertThat(restored.profile().claims().size()).isEqualTo(NarrativeProfile.CLAIMS);
        assertThat(restored.profile().claims().top(2)).containsExactly("vaccine-microchip", "5g-covid");
        assertThat(restored.profile().claims().get("vaccine-microchip")).isEqualTo(20);
        assertThat(restored.profile().claims().get("5g-covid")).isEqualTo(10);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NarrativeStateSerdeTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return Base64.getMimeDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }
}
