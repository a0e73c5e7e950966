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
                .containsExactly("narratives", "collector.checkpoints", "collector.watchlists");
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
    void rejectsRetentionThatIsNotPositive() {
        assertThatThrownBy(() -> new Topic<>("t", Topics.NARRATIVES.keySerde(), Topics.NARRATIVES.valueSerde(),
                false, Duration.ZERO, 2)).hasMessageContaining("retention");
    }
}
