package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated      | {\"source\":\"x\",     | not a valid RawPost",
            "not json       | hello                  | not a valid RawPost",
            "json null      | null                   | JSON null",
            "wrong type     | {\"createdAt\":[1,2]}  | not a valid RawPost",
            "bad instant    | {\"createdAt\":\"yesterday\"} | not a valid RawPost"})
    void malformedInputSaysWhy(String name, String json, String reason) {
        assertThatThrownBy(() -> Json.read(json, RawPost.class))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void emptyValueIsMalformed() {
        assertThatThrownBy(() -> Json.read(new byte[0], RawPost.class)).hasMessage("empty value");
    }

    @Test
    void unknownFieldsAreIgnoredAndMissingVersionMeansCurrent() {
        RawPost post = Json.read("{\"source\":\"demo\",\"sourceId\":\"1\",\"text\":\"hi\",\"future\":1}",
                RawPost.class);
        assertThat(post.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(post.key()).isEqualTo("demo:1");
    }

    @Test
    void serdeTurnsMalformedBytesIntoSerializationExceptionAndTombstonesIntoNull() {
        var deserializer = Topics.NARRATIVES.valueSerde().deserializer();
        assertThat(deserializer.deserialize("narratives", null)).isNull();
        assertThatThrownBy(() -> deserializer.deserialize("narratives", "[".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("narratives: not a valid Narrative");
    }

    @Test
    void prefixedTopicKeepsSerdes() {
        Topic<String, RawPost> topic = Topics.POSTS_RAW.prefixed("city1.");
        assertThat(topic.name()).isEqualTo("city1.posts.raw");
        assertThat(topic.valueSerde()).isSameAs(Topics.POSTS_RAW.valueSerde());
        assertThat(Topics.POSTS_RAW.prefixed("")).isSameAs(Topics.POSTS_RAW);
    }

    @Test
    void harmOverallIgnoresOffensiveLanguage() {
        Harm harm = Harm.of(java.util.List.of(
                new HarmScore(HarmCategory.OFFENSIVE, 0.9, java.util.List.of("profanity")),
                new HarmScore(HarmCategory.THREAT, 0.3, java.util.List.of("threat verb"))));
        assertThat(harm.overall()).isEqualTo(0.3);
        assertThat(harm.scores().get(0).category()).isEqualTo(HarmCategory.OFFENSIVE);
    }

    @Test
    void harmScoreOutsideTheUnitIntervalIsRejected() {
        assertThatThrownBy(() -> new HarmScore(HarmCategory.THREAT, 1.2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HarmScore(HarmCategory.THREAT, Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
