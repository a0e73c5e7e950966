package org.bellwether.processor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeProfileTest {
    private static final PlaceTags CITY = PlaceTags.of(List.of("Port Lucena", "Saint-Roch"));

    @Test
    void aPostIsStoryTaggedWhenOneOfItsHashtagsIsNotAPlaceTag() {
        NarrativeProfile profile = new NarrativeProfile();
        profile.addHashtags(List.of("portlucena"), CITY);
        profile.addHashtags(List.of("saintroch", "portlucena"), CITY);
        profile.addHashtags(List.of(), CITY);
        profile.addHashtags(List.of("portlucena", "noshelterhere"), CITY);
        profile.addHashtags(List.of("rentscam", "followthemoney"), CITY);

        assertThat(profile.storyTaggedPosts).isEqualTo(2);
        assertThat(profile.storyTagShare(5)).isEqualTo(0.4);
        // a post without hashtags counted in the narrative's posts (a repost of an untagged post) dilutes the share
        assertThat(profile.storyTagShare(8)).isEqualTo(0.25);
        // every hashtag stays counted, place tags included
        assertThat(profile.hashtags().get("portlucena")).isEqualTo(3);
        assertThat(profile.hashtags().get("saintroch")).isEqualTo(1);
        assertThat(profile.hashtags().get("rentscam")).isEqualTo(1);
    }

    @Test
    void withoutPlaceTagsEveryHashtagTellsAStory() {
        NarrativeProfile profile = new NarrativeProfile();
        profile.addHashtags(List.of("portlucena"), PlaceTags.none());
        profile.addHashtags(List.of(), PlaceTags.none());

        assertThat(profile.storyTagShare(2)).isEqualTo(0.5);
    }

    @Test
    void aNarrativeWithoutPostsHasNoShareAndAMergeAddsTheCounts() {
        NarrativeProfile chatter = new NarrativeProfile();
        chatter.addHashtags(List.of("portlucena"), CITY);
        chatter.addHashtags(List.of("noshelterhere"), CITY);
        NarrativeProfile story = new NarrativeProfile();
        story.addHashtags(List.of("noshelterhere"), CITY);
        story.addHashtags(List.of("eastgatefirst"), CITY);

        assertThat(new NarrativeProfile().storyTagShare(0)).isZero();
        chatter.absorb(story);
        assertThat(chatter.storyTaggedPosts).isEqualTo(3);
        assertThat(chatter.storyTagShare(4)).isEqualTo(0.75);
    }
}
