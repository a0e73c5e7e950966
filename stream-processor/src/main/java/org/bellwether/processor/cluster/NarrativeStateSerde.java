package org.bellwether.processor.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final byte FORMAT = 1;

    @Override
    public Serializer<NarrativeState> serializer() {
        return (topic, state) -> state == null ? null : write(state);
    }

    @Override
    public Deserializer<NarrativeState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    public static byte[] write(NarrativeState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(state.id);
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
                out.writeUTF(term.getKey());
                out.writeDouble(term.getValue().weight);
                out.writeInt(term.getValue().posts);
            }
            out.writeShort(state.indexed.length);
            for (String term : state.indexed) {
                out.writeUTF(term);
            }
            writeProfile(out, state.profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static NarrativeState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new SerializationException("unknown narrative state format " + format);
            }
            String id = in.readUTF();
            long sequence = in.readLong();
            long createdAt = in.readLong();
            int posts = in.readInt();
            int amplification = in.readInt();
            int members = in.readInt();
            int similarityCount = in.readInt();
            double similaritySum = in.readDouble();
            double similaritySquares = in.readDouble();
            long firstSeen = in.readLong();
            long lastSeen = in.readLong();
            double norm2 = in.readDouble();
            NarrativeStatus status = NarrativeStatus.values()[in.readByte()];
            String mergedInto = readNullable(in);
            int termCount = in.readInt();
            Map<String, TermEntry> terms = new HashMap<>(termCount * 2);
            for (int i = 0; i < termCount; i++) {
                terms.put(in.readUTF(), new TermEntry(in.readDouble(), in.readInt()));
            }
            String[] indexed = new String[in.readShort()];
            for (int i = 0; i < indexed.length; i++) {
                indexed[i] = in.readUTF();
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
        } catch (IOException e) {
            throw new SerializationException("unreadable narrative state", e);
        }
    }

    private static void writeProfile(DataOutputStream out, NarrativeProfile profile) throws IOException {
        for (CountMap counts : List.of(profile.languages, profile.neighbourhoods, profile.hashtags, profile.urls,
                profile.entities)) {
            List<Map.Entry<String, Long>> entries = counts.sorted();
            out.writeShort(entries.size());
            for (Map.Entry<String, Long> entry : entries) {
                out.writeUTF(entry.getKey());
                out.writeLong(entry.getValue());
            }
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
            out.writeUTF(post.postId());
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
    }

    private static NarrativeProfile readProfile(DataInputStream in) throws IOException {
        CountMap[] maps = new CountMap[5];
        NarrativeProfile template = new NarrativeProfile();
        CountMap[] targets = {template.languages, template.neighbourhoods, template.hashtags, template.urls,
            template.entities};
        for (int m = 0; m < maps.length; m++) {
            int size = in.readShort();
            for (int i = 0; i < size; i++) {
                targets[m].put(in.readUTF(), in.readLong());
            }
        }
        int categories = in.readByte();
        for (int i = 0; i < categories; i++) {
            double sum = in.readDouble();
            if (i < template.harmSums.length) {
                template.harmSums[i] = sum;
            }
        }
        template.overallHarmSum = in.readDouble();
        template.harmfulPosts = in.readInt();
        template.engagement = in.readLong();
        in.readFully(template.authors.registers());
        for (int i = 0; i < NarrativeProfile.SLOTS; i++) {
            template.recentSlots[i] = in.readLong();
            in.readFully(template.recentAuthors[i].registers());
        }
        int hours = in.readShort();
        for (int i = 0; i < hours; i++) {
            template.volume.put(in.readLong(), in.readLong());
        }
        int representatives = in.readByte();
        for (int i = 0; i < representatives; i++) {
            String postId = in.readUTF();
            String text = readNullable(in);
            String lang = readNullable(in);
            String author = readNullable(in);
            String url = readNullable(in);
            long created = in.readLong();
            double similarity = in.readDouble();
            template.representatives.add(new NarrativeProfile.Representative(new RepresentativePost(postId, text,
                    lang, author, url, created == Long.MIN_VALUE ? null : Instant.ofEpochMilli(created)), similarity));
        }
        template.firstResponseAt = in.readLong();
        template.responses = in.readInt();
        template.lastAlertAt = in.readLong();
        template.alerts = in.readInt();
        template.lastAlertSeverity = in.readByte();
        template.lastSnapshotAt = in.readLong();
        template.version = in.readLong();
        template.emittedVersion = in.readLong();
        return template;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value.length() > 20_000 ? value.substring(0, 20_000) : value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
