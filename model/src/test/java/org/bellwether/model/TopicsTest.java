package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsTest {

    @Test
    void everyTopicSaysHowItIsKept() {
        assertThat(Topics.all()).extracting(Topic::name).doesNotHaveDuplicates();
        for (Topic<String, ?> topic : Topics.all()) {
            if (topic.compacted()) {
                assertThat(topic.retention()).as(topic.name()).isNull();
                assertThat(topic.retentionMs()).as(topic.name()).isEqualTo(-1);
                assertThat(topic.cleanupPolicy()).as(topic.name()).isEqualTo("compact");
            } else {
                assertThat(topic.retention()).as(topic.name()).isPositive();
                assertThat(topic.cleanupPolicy()).as(topic.name()).isEqualTo("delete");
            }
        }
    }

    @Test
    void readModelsAndCheckpointsAreCompactedAndScoredPostsLastAsLongAsRawText() {
        assertThat(Topics.all()).filteredOn(Topic::compacted).extracting(Topic::name)
                .containsExactly("narratives", "saved-searches", "collector.checkpoints", "collector.watchlists");
        assertThat(Topics.POSTS_SCORED.retention()).isEqualTo(Duration.ofDays(30));
    }

    @ParameterizedTest(name = "replication {0}: min.insync.replicas {1}")
    @CsvSource({"1, 1", "2, 1", "3, 2", "5, 2"})
    void minInSyncReplicasLeavesRoomForOneReplicaDown(int replication, int expected) {
        assertThat(Topics.NARRATIVES.minInSyncReplicas(replication)).isEqualTo(expected);
    }

    @Test
    void aPrefixKeepsThePolicy() {
        Topic<String, Narrative> prefixed = Topics.NARRATIVES.prefixed("city1.");
        assertThat(prefixed.name()).isEqualTo("city1.narratives");
        assertThat(prefixed.compacted()).isTrue();
        assertThat(prefixed.minInSyncReplicas()).isEqualTo(Topics.NARRATIVES.minInSyncReplicas());
        assertThat(Topics.POSTS_RAW.prefixed("city1.").retention()).isEqualTo(Topics.POSTS_RAW.retention());
    }

    @Test
    void theNetworkSignaturesAreOneTopicPerCityAndNoneOfADeployment() {
        assertThat(Topics.all()).extracting(Topic::name).noneMatch(name -> name.startsWith("network."));
        Topic<String, NarrativeSignature> lyon = Topics.NETWORK_SIGNATURES.member("lyon");
        assertThat(lyon.name()).isEqualTo("network.signatures.lyon");
        assertThat(lyon.compacted()).isFalse();
        assertThat(lyon.retention()).isEqualTo(Duration.ofDays(90));
        assertThat(lyon.valueSerde()).isSameAs(Topics.NETWORK_SIGNATURES.valueSerde());
        assertThatThrownBy(() -> Topics.NETWORK_SIGNATURES.member("lyon.evil")).hasMessageContaining("member");
        assertThatThrownBy(() -> Topics.NETWORK_SIGNATURES.member("")).hasMessageContaining("member");
    }

    @ParameterizedTest(name = "{0} under \"{1}\": {2}")
    @CsvSource(value = {
            "network.signatures.lyon, '', lyon",
            "net.network.signatures.city-2, net., city-2",
            "network.signatures.lyon, net., -",
            "network.signatures., '', -",
            "network.signatures.lyon.checkpoints.internal, '', -",
            "network.signaturesXlyon, '', -"}, nullValues = "-")
    void aTopicNamesItsMemberOnlyWhenItIsInTheFamily(String topic, String prefix, String member) {
        assertThat(Topics.NETWORK_SIGNATURES.memberOf(topic, prefix)).isEqualTo(java.util.Optional.ofNullable(member));
        assertThat(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix)
                + Topics.NETWORK_SIGNATURES.pattern().pattern()).matcher(topic).matches()).isEqualTo(member != null);
    }

    @Test
    void rejectsRetentionThatIsNotPositive() {
        assertThatThrownBy(() -> new Topic<>("t", Topics.NARRATIVES.keySerde(), Topics.NARRATIVES.valueSerde(),
                false, Duration.ZERO, 2)).hasMessageContaining("retention");
    }
}
