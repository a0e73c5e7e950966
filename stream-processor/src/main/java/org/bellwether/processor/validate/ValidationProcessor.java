package org.bellwether.processor.validate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.bellwether.model.DeadLetter;
import org.bellwether.model.MalformedMessageException;
import org.bellwether.processor.PipelineCounters;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The validate step: raw bytes in, a {@link Checked} out. A valid message continues with its event time (createdAt
 * or receivedAt) as the record timestamp; anything else becomes a dead letter carrying the original bytes, the
 * reason, the stage and, where the record came from a topic, its partition and offset. Nothing is dropped.
 */
public final class ValidationProcessor implements FixedKeyProcessor<String, byte[], Checked> {
    public static final String STAGE = "validate";
    /**
     * How far an event time may lie after the moment its record was written to Kafka (source clock skew). Later
     * ones come from the future and are rejected: the event time becomes the record timestamp downstream, and
     * Kafka refuses timestamps more than an hour ahead of its clock, which would stop the whole topology.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private final String topic;
    private final Function<byte[], Checked> reader;
    private final Clock clock;
    private final PipelineCounters counters;
    private FixedKeyProcessorContext<String, Checked> context;

    private ValidationProcessor(String topic, Function<byte[], Checked> reader, Clock clock,
                                PipelineCounters counters) {
        this.topic = topic;
        this.reader = reader;
        this.clock = clock;
        this.counters = counters;
    }

    /** Validates {@code posts.raw}. */
    public static ValidationProcessor posts(String topic, Clock clock, PipelineCounters counters) {
        return new ValidationProcessor(topic, bytes -> Checked.of(PostValidator.readPost(bytes)), clock, counters);
    }

    /** Validates {@code tips.raw}. */
    public static ValidationProcessor tips(String topic, Clock clock, PipelineCounters counters) {
        return new ValidationProcessor(topic, bytes -> Checked.of(PostValidator.readTip(bytes)), clock, counters);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Checked> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Checked checked;
        try {
            checked = reader.apply(record.value());
        } catch (MalformedMessageException e) {
            counters.invalid();
            context.forward(record.withValue(Checked.rejected(deadLetter(record, e.getMessage()))));
            return;
        }
        Instant eventTime = checked.post() != null ? checked.post().createdAt() : checked.tip().receivedAt();
        Instant written = Instant.ofEpochMilli(record.timestamp());
        if (eventTime.isAfter(written.plus(FUTURE_TOLERANCE))) {
            counters.invalid();
            context.forward(record.withValue(Checked.rejected(deadLetter(record,
                    "time " + eventTime + " is in the future: more than " + FUTURE_TOLERANCE.toMinutes()
                            + " minutes after the record was written (" + written + ")"))));
            return;
        }
        counters.valid();
        context.forward(record.withValue(checked).withTimestamp(eventTime.toEpochMilli()));
    }

    private DeadLetter deadLetter(FixedKeyRecord<String, byte[]> record, String reason) {
        RecordMetadata metadata = context.recordMetadata().orElse(null);
        return DeadLetter.of(metadata == null ? topic : metadata.topic(),
                metadata == null ? null : metadata.partition(),
                metadata == null ? null : metadata.offset(),
                record.key(), record.value(), reason, STAGE, clock.instant());
    }
}
