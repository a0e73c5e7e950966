package org.bellwether.search;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.bellwether.model.MalformedMessageException;
import org.bellwether.model.Narrative;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.ScoredPost;
import org.bellwether.model.Topics;
import org.bellwether.search.index.IndexFields;

/** Reads a record of {@code posts.scored} or {@code narratives} into its message, or says why it cannot. */
final class RecordDecoder {

    /** A readable message, or the id of a tombstone (null value). */
    record Decoded(Object value, String tombstoneId) {
    }

    /** A record that is not a valid message of its topic. */
    static final class MalformedRecordException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedRecordException(String reason) {
            super(reason);
        }
    }

    private RecordDecoder() {
    }

    static Decoded post(String topic, byte[] key, byte[] value) {
        if (value == null) {
            return tombstone(key);
        }
        ScoredPost post = read(() -> Topics.POSTS_SCORED.valueSerde().deserializer().deserialize(topic, value));
        checkVersion(post.schemaVersion());
        checkId(post.postId(), "postId");
        return new Decoded(post, null);
    }

    static Decoded narrative(String topic, byte[] key, byte[] value) {
        if (value == null) {
            return tombstone(key);
        }
        Narrative narrative = read(() -> Topics.NARRATIVES.valueSerde().deserializer().deserialize(topic, value));
        checkVersion(narrative.schemaVersion());
        checkId(narrative.narrativeId(), "narrativeId");
        return new Decoded(narrative, null);
    }

    private static Decoded tombstone(byte[] key) {
        if (key == null) {
            throw new MalformedRecordException("tombstone without a key");
        }
        String id = new String(key, StandardCharsets.UTF_8);
        checkId(id, "key");
        return new Decoded(null, id);
    }

    private static <T> T read(java.util.function.Supplier<T> reader) {
        try {
            T value = reader.get();
            if (value == null) {
                throw new MalformedRecordException("empty message");
            }
            return value;
        } catch (SerializationException | MalformedMessageException e) {
            throw new MalformedRecordException(e.getMessage());
        }
    }

    private static void checkVersion(int version) {
        if (!SchemaVersion.isSupported(version)) {
            throw new MalformedRecordException("schemaVersion " + version + " is not supported by this reader");
        }
    }

    private static void checkId(String id, String name) {
        try {
            IndexFields.checkedId(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(name + ": " + e.getMessage());
        }
    }
}
