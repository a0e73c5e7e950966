package org.bellwether.processor.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.Json;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.bellwether.processor.support.TopologyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateStepTest {
    private final TopologyFixture fixture = new TopologyFixture(TopologyFixture.settings());

    @AfterEach
    void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json                 | {not json                                                        | not a valid RawPost",
        "json null                | null                                                             | value is JSON null",
        "missing text and source  | {\"sourceId\":\"1\",\"createdAt\":\"2026-03-14T09:00:00Z\"}      | missing required fields source, text",
        "future schema            | {\"schemaVersion\":9,\"source\":\"s\",\"sourceId\":\"1\",\"text\":\"hi\",\"createdAt\":\"2026-03-14T09:00:00Z\"} | unsupported schemaVersion 9",
        "empty text               | {\"source\":\"s\",\"sourceId\":\"1\",\"text\":\"  \",\"createdAt\":\"2026-03-14T09:00:00Z\"} | empty text",
        "only invisible characters | {\"source\":\"s\",\"sourceId\":\"1\",\"text\":\" \\u200b\\u202e\\u00a0\\n\",\"createdAt\":\"2026-03-14T09:00:00Z\"} | empty text",
        "from the future          | {\"source\":\"s\",\"sourceId\":\"1\",\"text\":\"hi\",\"createdAt\":\"2026-03-17T09:00:00Z\"} | is in the future",
        "absurd time              | {\"source\":\"s\",\"sourceId\":\"1\",\"text\":\"hi\",\"createdAt\":\"1970-01-01T00:00:00Z\"} | is before 2000",
    })
    void rejectsMalformedPostsIntoTheDeadLetterTopicWithTheReason(String name, String value, String reason) {
        fixture.pipeRaw("key-1", value);

        List<TestRecord<String, DeadLetter>> letters = fixture.deadLetters.readRecordsToList();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0).value();
        assertThat(letters.get(0).key()).isEqualTo("key-1");
        assertThat(letter.reason()).contains(reason);
        assertThat(letter.stage()).isEqualTo("validate");
        assertThat(letter.sourceTopic()).isEqualTo("posts.raw");
        assertThat(letter.partition()).isZero();
        assertThat(letter.offset()).isZero();
        assertThat(letter.originalText()).isEqualTo(value);
        assertThat(letter.failedAt()).isEqualTo(TopologyFixture.CLOCK.instant());
        assertThat(fixture.scored.isEmpty()).isTrue();
    }

    @Test
    void rejectsOversizedValuesWithoutParsingThem() {
        fixture.pipeRaw("big", "x".repeat(PostValidator.MAX_VALUE_BYTES + 1));

        assertThat(fixture.deadLetters.readValue().reason()).contains("exceeds");
    }

    @Test
    void rejectsEmptyValuesAndTipsWithoutConsent() {
        fixture.postsRaw.pipeInput("no-value", (byte[]) null, TopologyFixture.T0);
        fixture.pipe(new Tip(SchemaVersion.CURRENT, "t-1", "web", "rumour about the bridge", List.of(), "en", null,
                TopologyFixture.T0, "gcm1:k:xyz", false));

        List<DeadLetter> letters = fixture.deadLetters.readValuesToList();
        assertThat(letters).extracting(DeadLetter::reason)
                .containsExactly("empty value", "tip without consent: not processed");
        assertThat(letters.get(1).sourceTopic()).isEqualTo("tips.raw");
        assertThat(fixture.scored.isEmpty()).isTrue();
    }

    @Test
    void passesValidPostsOnWithTheirEventTime() {
        Instant created = TopologyFixture.T0.plusSeconds(90);
        RawPost post = TopologyFixture.post("p1", "The bridge on Elm Street is closed", created);
        fixture.postsRaw.pipeInput(post.key(), Json.write(post), TopologyFixture.T0.plusSeconds(3600));

        assertThat(fixture.deadLetters.isEmpty()).isTrue();
        var record = fixture.scored.readRecord();
        assertThat(record.key()).isEqualTo("test:p1");
        assertThat(record.getRecordTime()).isEqualTo(created);
        assertThat(fixture.pipeline.counters().snapshotCounts()).containsEntry("valid", 1L).containsEntry("invalid", 0L);
    }
}
