package org.bellwether.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bellwether.model.Json;

/**
 * Reads a JSONL evaluation file in order. Files without a time field get synthetic event times: the first document
 * at {@link #SYNTHETIC_START}, each next one {@link #SYNTHETIC_STEP} later (one post a minute, the pace of a busy
 * city topic; a setting of the eval command, not of the clustering).
 */
public final class EvalFiles {
    public static final Instant SYNTHETIC_START = Instant.parse("2020-01-01T00:00:00Z");
    public static final Duration SYNTHETIC_STEP = Duration.ofMinutes(1);
    private static final DateTimeFormatter TWITTER =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

    private EvalFiles() {
    }

    /**
     * @param timeField null for synthetic times
     * @param idField   null to number the lines
     */
    public static List<EvalDocument> read(Path file, String textField, String labelField, String timeField,
                                          String idField) {
        return read(file, textField, labelField, timeField, idField, null);
    }

    /**
     * @param tagField a field read only to leave documents out of scoring, or null
     */
    public static List<EvalDocument> read(Path file, String textField, String labelField, String timeField,
                                          String idField, String tagField) {
        List<EvalDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                JsonNode node = Json.mapper().readTree(line);
                String text = text(node, textField);
                String label = text(node, labelField);
                if (text == null || label == null) {
                    throw new IllegalArgumentException("line " + number + ": missing '" + textField + "' or '"
                            + labelField + "'");
                }
                String id = idField == null ? String.valueOf(number) : text(node, idField);
                Instant time = timeField == null
                        ? SYNTHETIC_START.plus(SYNTHETIC_STEP.multipliedBy(documents.size()))
                        : parseTime(node.get(timeField), number);
                documents.add(new EvalDocument(id == null ? String.valueOf(number) : id, text, label, time,
                        tagField == null ? null : text(node, tagField)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** ISO-8601 (with Z or an offset), epoch seconds or millis, or Twitter's {@code created_at} format. */
    static Instant parseTime(JsonNode value, int line) {
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("line " + line + ": missing time");
        }
        if (value.isNumber()) {
            long number = value.asLong();
            return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        }
        String text = value.asText().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    return OffsetDateTime.parse(text, TWITTER).toInstant();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("line " + line + ": unreadable time '" + text + "'");
                }
            }
        }
    }
}
