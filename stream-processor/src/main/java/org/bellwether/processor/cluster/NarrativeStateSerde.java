package org.bellwether.processor.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;

/**
 * Compact binary form of a {@link NarrativeState} for its state store (a few kilobytes; JSON would be three times
 * larger and slower). The first byte is the format version. Doubles are written exactly, so a restored state
 * computes exactly what the original would have. Thread-safe.
 */
public final class NarrativeStateSerde implements Serde<NarrativeState> {
    private static final byte FORMAT = 2;

    @Override
    public Serializer<NarrativeState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<NarrativeState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    public static byte[] write(NarrativeState state) {
        BinaryWriter out = new BinaryWriter(4096);
        out.writeByte(FORMAT);
        out.writeString(state.id);
        out.writeLong(state.sequence);
        out.writeLong(state.createdAtDocument);
        out.writeInt(state.posts);
        out.writeInt(state.amplification);
        out.writeInt(state.members);
        out.writeInt(state.similarityCount);
        out.writeDouble(state.similaritySum);
        out.writeDouble(state.similaritySquares);
        out.writeLong(state.firstSeen);
        out.writeLong(state.lastSeen);
        out.writeDouble(state.norm2);
        out.writeByte(state.status.ordinal());
        writeNullable(out, state.mergedInto);
        out.writeInt(state.terms.size());
        for (Map.Entry<String, TermEntry> term : state.terms.entrySet()) {
            out.writeString(term.getKey());
            out.writeDouble(term.getValue().weight);
            out.writeInt(term.getValue().posts);
        }
        out.writeShort(state.indexed.length);
        for (String term : state.indexed) {
            out.writeString(term);
        }
        writeProfile(out, state.profile);
        return out.toByteArray();
    }

    public static NarrativeState read(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte format = in.get();
            if (format != FORMAT) {
                throw new SerializationException("unknown narrative state format " + format);
            }
            String id = readString(in);
            long sequence = in.getLong();
            long createdAt = in.getLong();
            int posts = in.getInt();
            int amplification = in.getInt();
            int members = in.getInt();
            int similarityCount = in.getInt();
            double similaritySum = in.getDouble();
            double similaritySquares = in.getDouble();
            long firstSeen = in.getLong();
            long lastSeen = in.getLong();
            double norm2 = in.getDouble();
            NarrativeStatus status = NarrativeStatus.values()[in.get()];
            String mergedInto = readNullable(in);
            int termCount = in.getInt();
            Map<String, TermEntry> terms = new HashMap<>(termCount * 2);
            for (int i = 0; i < termCount; i++) {
                terms.put(readString(in), new TermEntry(in.getDouble(), in.getInt()));
            }
            String[] indexed = new String[in.getShort()];
            for (int i = 0; i < indexed.length; i++) {
                indexed[i] = readString(in);
            }
            NarrativeState state = new NarrativeState(id, sequence, createdAt, terms, readProfile(in));
            state.posts = posts;
            state.amplification = amplification;
            state.members = members;
            state.similarityCount = similarityCount;
            state.similaritySum = similaritySum;
            state.similaritySquares = similaritySquares;
            state.firstSeen = firstSeen;
            state.lastSeen = lastSeen;
            state.norm2 = norm2;
            state.status = status;
            state.mergedInto = mergedInto;
            state.indexed = indexed;
            return state;
        } catch (RuntimeException e) {
            throw new SerializationException("unreadable narrative state", e);
        }
    }

    private static void writeProfile(BinaryWriter out, NarrativeProfile profile) {
        for (CountMap counts : List.of(profile.languages, profile.neighbourhoods, profile.hashtags, profile.urls,
                profile.entities)) {
            writeCounts(out, counts);
        }
        out.writeByte(profile.harmSums.length);
        for (double sum : profile.harmSums) {
            out.writeDouble(sum);
        }
        out.writeDouble(profile.overallHarmSum);
        out.writeInt(profile.harmfulPosts);
        out.writeLong(profile.engagement);
        out.write(profile.authors.registers());
        for (int i = 0; i < NarrativeProfile.SLOTS; i++) {
            out.writeLong(profile.recentSlots[i]);
            out.write(profile.recentAuthors[i].registers());
        }
        out.writeShort(profile.volume.hours().size());
        for (Map.Entry<Long, Long> hour : profile.volume.hours().entrySet()) {
            out.writeLong(hour.getKey());
            out.writeLong(hour.getValue());
        }
        out.writeByte(profile.representatives.size());
        for (NarrativeProfile.Representative representative : profile.representatives) {
            RepresentativePost post = representative.post();
            out.writeString(post.postId());
            writeNullable(out, post.text());
            writeNullable(out, post.lang());
            writeNullable(out, post.authorPseudonym());
            writeNullable(out, post.url());
            out.writeLong(post.createdAt() == null ? Long.MIN_VALUE : post.createdAt().toEpochMilli());
            out.writeDouble(representative.similarity());
        }
        out.writeLong(profile.firstResponseAt);
        out.writeInt(profile.responses);
        out.writeLong(profile.lastAlertAt);
        out.writeInt(profile.alerts);
        out.writeByte(profile.lastAlertSeverity);
        out.writeLong(profile.lastSnapshotAt);
        out.writeLong(profile.version);
        out.writeLong(profile.emittedVersion);
        out.writeInt(profile.counterSpeechPosts);
        writeCounts(out, profile.claims);
        out.writeInt(profile.storyTaggedPosts);
    }

    private static void writeCounts(BinaryWriter out, CountMap counts) {
        List<Map.Entry<String, Long>> entries = counts.sorted();
        out.writeShort(entries.size());
        for (Map.Entry<String, Long> entry : entries) {
            out.writeString(entry.getKey());
            out.writeLong(entry.getValue());
        }
    }

    private static void readCounts(ByteBuffer in, CountMap target) {
        int size = in.getShort();
        for (int i = 0; i < size; i++) {
            target.put(readString(in), in.getLong());
        }
    }

    private static NarrativeProfile readProfile(ByteBuffer in) {
        NarrativeProfile template = new NarrativeProfile();
        for (CountMap target : List.of(template.languages, template.neighbourhoods, template.hashtags, template.urls,
                template.entities)) {
            readCounts(in, target);
        }
        int categories = in.get();
        for (int i = 0; i < categories; i++) {
            double sum = in.getDouble();
            if (i < template.harmSums.length) {
                template.harmSums[i] = sum;
            }
        }
        template.overallHarmSum = in.getDouble();
        template.harmfulPosts = in.getInt();
        template.engagement = in.getLong();
        in.get(template.authors.registers());
        for (int i = 0; i < NarrativeProfile.SLOTS; i++) {
            template.recentSlots[i] = in.getLong();
            in.get(template.recentAuthors[i].registers());
        }
        int hours = in.getShort();
        for (int i = 0; i < hours; i++) {
            template.volume.put(in.getLong(), in.getLong());
        }
        int representatives = in.get();
        for (int i = 0; i < representatives; i++) {
            String postId = readString(in);
            String text = readNullable(in);
            String lang = readNullable(in);
            String author = readNullable(in);
            String url = readNullable(in);
            long created = in.getLong();
            double similarity = in.getDouble();
            template.representatives.add(new NarrativeProfile.Representative(new RepresentativePost(postId, text,
                    lang, author, url, created == Long.MIN_VALUE ? null : Instant.ofEpochMilli(created)), similarity));
        }
        template.firstResponseAt = in.getLong();
        template.responses = in.getInt();
        template.lastAlertAt = in.getLong();
        template.alerts = in.getInt();
        template.lastAlertSeverity = in.get();
        template.lastSnapshotAt = in.getLong();
        template.version = in.getLong();
        template.emittedVersion = in.getLong();
        // written last, so a state stored before counter-speech was counted reads as none
        template.counterSpeechPosts = in.hasRemaining() ? in.getInt() : 0;
        // appended after it, so a state stored before debunked claims were counted reads as none
        if (in.hasRemaining()) {
            readCounts(in, template.claims);
        }
        // appended after them, so a state stored before story-tagged posts were counted reads as none
        template.storyTaggedPosts = in.hasRemaining() ? in.getInt() : 0;
        return template;
    }

    private static void writeNullable(BinaryWriter out, String value) {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readNullable(ByteBuffer in) {
        return in.get() != 0 ? readString(in) : null;
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
