package org.bellwether.collectors.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.collectors.RecordingSink;
import org.bellwether.ingest.SinkFailedException;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.RawPost;
import org.bellwether.ingest.FieldMapping;
import org.bellwether.ingest.RecordMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCollectorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static final String JSONL = """
            {"id": "1", "text": "Tram 7 late again", "ts": "2026-03-09T08:00:00Z", "lang": "en", "user": {"name": "ana"}}
            {"id": "2", "text": "Mercado de Eastgate hoy", "ts": 1773043200, "lang": "es", "extra": [1, 2]}
            this is not json
            {"id": "3", "ts": "2026-03-09T08:10:00Z"}

            {"id": "4", "text": "Bad clock", "ts": "next tuesday-ish"}
            {"id": "1", "text": "Tram 7 late again", "ts": "2026-03-09T08:00:00Z"}
            ["an", "array"]
            {"id": "5", "text": "Fog over the harbour", "ts": "2026-03-09 08:20:00", "user": {"name": "jo"}}
            """;

    @Test
    void replaysJsonlCountingEveryLineOnceAndSendingTheBadOnesToTheDlqWithAReason() throws Exception {
        Path file = write("posts.jsonl", JSONL);
        RecordingSink sink = new RecordingSink();
        FieldMapping fields = FieldMapping.of("text", "id", "ts", "lang").withAuthor("user.name", null);

        CollectorCounters.Snapshot counts = collector(ReplaySettings.of(file, fields), sink, CheckpointStore.empty())
                .replay();

        assertThat(counts.collected()).isEqualTo(3);
        assertThat(counts.duplicate()).isEqualTo(1);
        assertThat(counts.invalid()).isEqualTo(4);
        assertThat(counts.failed()).isZero();
        assertThat(sink.posts).extracting(RawPost::key).containsExactly("replay:1", "replay:2", "replay:5");
        RawPost first = sink.posts.get(0);
        assertThat(first.authorHandle()).isEqualTo("ana");
        assertThat(first.lang()).isEqualTo("en");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
        assertThat(first.collectedAt()).isEqualTo(CLOCK.instant());
        assertThat(sink.posts.get(1).createdAt()).isEqualTo(Instant.ofEpochSecond(1773043200));
        assertThat(sink.posts.get(1).authorHandle()).isEqualTo(RecordMapper.UNKNOWN_AUTHOR);

        assertThat(sink.deadLetters).extracting(DeadLetter::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("record 3: not JSON"),
                r -> assertThat(r).isEqualTo("record 4: no text in field 'text'"),
                r -> assertThat(r).isEqualTo("record 6: unreadable time 'next tuesday-ish' in field 'ts'"),
                r -> assertThat(r).isEqualTo("record 8: not a JSON object"));
        assertThat(sink.deadLetters).allSatisfy(d -> {
            assertThat(d.stage()).isEqualTo("collect");
            assertThat(d.sourceTopic()).startsWith("replay:replay:");
        });
        assertThat(sink.deadLetters.get(0).originalText()).isEqualTo("this is not json");
        assertThat(sink.deadLetters.get(0).offset()).isEqualTo(3L);
    }

    @Test
    void resumesAfterTheLastWrittenRecordWithoutGapOrDuplicate() throws Exception {
        Path file = write("posts.jsonl", JSONL);
        FieldMapping fields = FieldMapping.of("text", "id", "ts", "lang");
        RecordingSink crashed = new RecordingSink().failAfter(5);
        assertThatThrownBy(() -> collector(ReplaySettings.of(file, fields), crashed, CheckpointStore.empty()).replay())
                .isInstanceOf(SinkFailedException.class);
        assertThat(crashed.posts).hasSize(2);

        RecordingSink resumed = new RecordingSink();
        CollectorCounters.Snapshot counts = collector(ReplaySettings.of(file, fields), resumed, crashed.checkpoints())
                .replay();

        assertThat(crashed.posts.size() + resumed.posts.size()).isEqualTo(4);
        assertThat(resumed.posts).extracting(RawPost::sourceId).containsExactly("1", "5");
        assertThat(crashed.deadLetters.size() + resumed.deadLetters.size()).isEqualTo(4);
        assertThat(counts.invalid()).isEqualTo(2);
    }

    @Test
    void aDifferentFileUnderTheSamePathStartsFromTheTop() throws Exception {
        Path file = write("posts.jsonl", JSONL);
        FieldMapping fields = FieldMapping.of("text", "id", "ts", "lang");
        RecordingSink first = new RecordingSink();
        collector(ReplaySettings.of(file, fields), first, CheckpointStore.empty()).replay();

        write("posts.jsonl", "{\"id\": \"9\", \"text\": \"new file\", \"ts\": \"2026-03-10T00:00:00Z\"}\n");
        RecordingSink second = new RecordingSink();
        collector(ReplaySettings.of(file, fields), second, first.checkpoints()).replay();
        assertThat(second.posts).extracting(RawPost::sourceId).containsExactly("9");
    }

    @Test
    void replaysCsvWithQuotesNewlinesAndBadRows() throws Exception {
        Path file = write("posts.csv", "\uFEFFpost_id,body,when,language,place\r\n"
                + "a1,\"Bus 12, late\",2026-03-09T08:00:00Z,en,Riverside\r\n"
                + "a2,\"Le \"\"marché\"\" de\nnuit\",1773043200000,fr,\r\n"
                + "a3,too,many,columns,here,really\r\n"
                + "a4,,2026-03-09T08:00:00Z,en,\r\n"
                + "a5,Sin hora,,es,Eastgate\r\n"
                + "a6,\"never closed,2026-03-09T08:00:00Z,en,\n");
        RecordingSink sink = new RecordingSink();
        FieldMapping fields = new FieldMapping("body", "post_id", "when", "language", null, null, "place", null, null,
                null, null, null, null);

        CollectorCounters.Snapshot counts = collector(ReplaySettings.of(file, fields), sink, CheckpointStore.empty())
                .replay();

        assertThat(counts.collected()).isEqualTo(2);
        assertThat(counts.invalid()).isEqualTo(4);
        assertThat(sink.posts.get(0).text()).isEqualTo("Bus 12, late");
        assertThat(sink.posts.get(0).geo().place()).isEqualTo("Riverside");
        assertThat(sink.posts.get(1).text()).isEqualTo("Le \"marché\" de\nnuit");
        assertThat(sink.posts.get(1).createdAt()).isEqualTo(Instant.ofEpochMilli(1773043200000L));
        assertThat(sink.deadLetters).extracting(DeadLetter::reason).containsExactly(
                "record 3: expected 5 columns, found 6",
                "record 4: no text in field 'body'",
                "record 5: no time in field 'when'",
                "record 6: quote not closed before the end of the file");

        RecordingSink again = new RecordingSink();
        collector(ReplaySettings.of(file, fields), again, sink.checkpoints()).replay();
        assertThat(again.posts).as("a finished CSV replay resumes at its end").isEmpty();
    }

    @Test
    void rebasesTimestampsAndKeepsTheShiftAcrossARestart() throws Exception {
        Path file = write("posts.jsonl", JSONL);
        FieldMapping fields = FieldMapping.of("text", "id", "ts", "lang");
        Instant target = Instant.parse("2026-04-01T00:00:00Z");
        ReplaySettings settings = ReplaySettings.of(file, fields).withRebaseTo(target).withSource("city");
        RecordingSink crashed = new RecordingSink().failAfter(2);
        assertThatThrownBy(() -> collector(settings, crashed, CheckpointStore.empty()).replay())
                .isInstanceOf(SinkFailedException.class);
        RecordingSink resumed = new RecordingSink();
        collector(settings.withRebaseTo(Instant.parse("2030-01-01T00:00:00Z")), resumed, crashed.checkpoints())
                .replay();

        assertThat(crashed.posts.get(0).createdAt()).isEqualTo(target);
        assertThat(crashed.posts.get(0).key()).isEqualTo("city:1");
        assertThat(resumed.posts.get(0).sourceId()).isEqualTo("2");
        long secondsAfterFirst = 1773043200L - Instant.parse("2026-03-09T08:00:00Z").getEpochSecond();
        assertThat(resumed.posts.get(0).createdAt()).as("the first run's shift, not the new --rebase-to")
                .isEqualTo(target.plusSeconds(secondsAfterFirst));
    }

    @Test
    void derivesStableIdsWhenNoIdFieldIsNamed() throws Exception {
        Path file = write("posts.jsonl", "{\"t\": \"one\"}\n{\"t\": \"two\"}\n");
        RecordingSink first = new RecordingSink();
        collector(ReplaySettings.of(file, FieldMapping.of("t", null, null, null)), first, CheckpointStore.empty())
                .replay();
        RecordingSink second = new RecordingSink();
        collector(ReplaySettings.of(file, FieldMapping.of("t", null, null, null)), second, CheckpointStore.empty())
                .replay();
        assertThat(first.posts).extracting(RawPost::sourceId).hasSize(2).doesNotHaveDuplicates()
                .isEqualTo(second.posts.stream().map(RawPost::sourceId).toList());
        assertThat(first.posts.get(0).createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void readsDottedPathsIntoNestedObjectsAndArrays() throws Exception {
        Path file = write("posts.jsonl", "{\"data\": {\"id\": 7, \"body\": {\"text\": \"nested\"},"
                + " \"links\": [{\"u\": \"https://example.org/a\"}], \"created\": \"2026-03-09T08:00:00Z\"}}\n");
        RecordingSink sink = new RecordingSink();
        FieldMapping fields = new FieldMapping("data.body.text", "data.id", "data.created", null, null,
                "data.links.0.u", null, null, null, null, null, null, null);
        collector(ReplaySettings.of(file, fields), sink, CheckpointStore.empty()).replay();
        assertThat(sink.posts).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("nested");
            assertThat(p.sourceId()).isEqualTo("7");
            assertThat(p.url()).isEqualTo("https://example.org/a");
        });
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ReplayCollector collector(ReplaySettings settings, RecordingSink sink, CheckpointStore checkpoints) {
        return new ReplayCollector(settings, sink, checkpoints, new CollectorCounters(settings.source()), CLOCK);
    }
}
