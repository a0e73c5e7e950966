package org.bellwether.collectors.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.bellwether.model.Json;
import org.bellwether.ingest.InputRecord;

/**
 * JSON Lines: one JSON object per line, UTF-8. Tracks the byte offset after every line so a replay resumes by
 * seeking. Lines longer than {@link #MAX_LINE_BYTES} are reported unparsed (truncated) rather than kept whole.
 */
public final class JsonlReader implements RecordReader {
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private long offset;
    private long lineNumber;

    /**
     * @param file       the file
     * @param offset     byte offset to start at (the start of a line)
     * @param lineNumber lines before that offset
     */
    public JsonlReader(Path file, long offset, long lineNumber) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        this.in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
        this.offset = offset;
        this.lineNumber = lineNumber;
    }

    @Override
    public InputRecord next() throws IOException {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            boolean truncated = false;
            int b;
            int read = 0;
            while ((b = in.read()) != -1) {
                read++;
                if (b == '\n') {
                    break;
                }
                if (line.size() < MAX_LINE_BYTES) {
                    line.write(b);
                } else {
                    truncated = true;
                }
            }
            if (read == 0) {
                return null;
            }
            offset += read;
            lineNumber++;
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            byte[] raw = Arrays.copyOf(bytes, length);
            if (isBlank(raw)) {
                continue;
            }
            if (truncated) {
                return new InputRecord(lineNumber, offset, raw, null, "line longer than " + MAX_LINE_BYTES + " bytes");
            }
            return parse(raw);
        }
    }

    private InputRecord parse(byte[] raw) {
        try {
            JsonNode node = Json.mapper().readTree(raw);
            if (node == null || !node.isObject()) {
                return new InputRecord(lineNumber, offset, raw, null, "not a JSON object");
            }
            return new InputRecord(lineNumber, offset, raw, name -> lookup(node, name), null);
        } catch (JsonProcessingException e) {
            return new InputRecord(lineNumber, offset, raw, null, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new InputRecord(lineNumber, offset, raw, null, "not JSON: " + e.getMessage());
        }
    }

    /** A field by its own name, else by dotted path; arrays are indexed by number. */
    static String lookup(JsonNode node, String name) {
        JsonNode direct = node.get(name);
        JsonNode found = direct;
        if (found == null && name.indexOf('.') > 0) {
            found = node;
            for (String part : name.split("\\.")) {
                if (found == null) {
                    break;
                }
                found = found.isArray() && part.chars().allMatch(Character::isDigit) ? found.get(Integer.parseInt(part))
                        : found.get(part);
            }
        }
        if (found == null || found.isNull() || found.isMissingNode()) {
            return null;
        }
        return found.isValueNode() ? found.asText() : found.toString();
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
