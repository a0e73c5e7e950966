package org.bellwether.processor.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bellwether.model.Engagement;
import org.bellwether.model.RawPost;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NormaliseStepTest {
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings()
            .withGazetteer(new NeighbourhoodGazetteer(List.of(Neighbourhood.named("East Side", "Eastside")))));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void normalisesAPost() {
        RawPost post = new RawPost(SchemaVersion.CURRENT, "mastodon:social", "42", "HTTPS://Social.Example/@a/42#x",
                "@Alice", "Ｆｉｒｅ near \u202Eeastside\u202C see https://News.Example/a?utm_source=t #Fire #EastSide",
                "en-GB", TopologyFixture.T0, TopologyFixture.T0.plusSeconds(5), null, new Engagement(3, 2, 1), null);
        fixture.pipe(post);

        ScoredPost scored = fixture.scored.readValue();
        assertThat(scored.postId()).isEqualTo("mastodon:social:42");
        assertThat(scored.kind()).isEqualTo(ScoredPost.KIND_POST);
        assertThat(scored.text()).isEqualTo("Fire near eastside see https://News.Example/a?utm_source=t #Fire #EastSide");
        assertThat(scored.lang()).isEqualTo("en");
        assertThat(scored.url()).as("the link names the author's account: never shown").isNull();
        assertThat(scored.urlSealed()).as("no cipher: the link is dropped").isNull();
        assertThat(scored.urls()).containsExactly("https://news.example/a");
        assertThat(scored.hashtags()).containsExactly("fire", "eastside");
        assertThat(scored.authorPseudonym()).startsWith("p_").doesNotContainIgnoringCase("alice");
        assertThat(scored.neighbourhood()).isEqualTo("East Side");
        assertThat(scored.engagement().total()).isEqualTo(6);
        assertThat(scored.narrativeId()).startsWith("n-");
    }

    @Test
    void turnsConsentedTipsIntoTipPostsWithoutAuthor() {
        fixture.pipe(new Tip(SchemaVersion.CURRENT, "T-9", "sms", "They say the water is poisoned in East Side",
                List.of("http://Rumour.Example/x?fbclid=1"), "en", "eastside", TopologyFixture.T0, "gcm1:k:sealed",
                true));

        ScoredPost scored = fixture.scored.readValue();
        assertThat(scored.postId()).isEqualTo("tip:T-9");
        assertThat(scored.kind()).isEqualTo(ScoredPost.KIND_TIP);
        assertThat(scored.source()).isEqualTo("tip:sms");
        assertThat(scored.authorPseudonym()).isNull();
        assertThat(scored.urls()).containsExactly("http://rumour.example/x");
        assertThat(scored.neighbourhood()).isEqualTo("East Side");
        assertThat(scored.text()).doesNotContain("gcm1");
    }
}
