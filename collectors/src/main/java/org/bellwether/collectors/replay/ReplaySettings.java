package org.bellwether.collectors.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.bellwether.ingest.FieldMapping;

/**
 * What to replay and how.
 *
 * @param file          the JSONL or CSV file
 * @param format        its format
 * @param source        the {@code source} written into each post, e.g. {@code replay} or {@code demo}
 * @param fields        which fields hold what
 * @param ratePerSecond at most this many records per second; 0 for as fast as possible
 * @param timeShift     added to every timestamp, or null
 * @param rebaseTo      if set, timestamps are shifted so that the first valid one becomes this instant
 *                      (takes precedence over {@code timeShift}); the shift is kept in the checkpoint
 * @param csvDelimiter  the CSV delimiter
 */
public record ReplaySettings(Path file, Format format, String source, FieldMapping fields, double ratePerSecond,
                             Duration timeShift, Instant rebaseTo, char csvDelimiter) {

    public enum Format {
        JSONL, CSV;

        /** From the file name: {@code .csv} and {@code .tsv} are CSV, anything else JSON Lines. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") || name.endsWith(".tsv") ? CSV : JSONL;
        }
    }

    public ReplaySettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fields, "fields");
        format = format == null ? Format.of(file) : format;
        source = source == null || source.isBlank() ? "replay" : source;
    }

    /** A replay of the file as fast as possible, format from its name, source {@code replay}. */
    public static ReplaySettings of(Path file, FieldMapping fields) {
        char delimiter = file.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        return new ReplaySettings(file, null, "replay", fields, 0, null, null, delimiter);
    }

    public ReplaySettings withSource(String newSource) {
        return new ReplaySettings(file, format, newSource, fields, ratePerSecond, timeShift, rebaseTo, csvDelimiter);
    }

    public ReplaySettings withRate(double perSecond) {
        return new ReplaySettings(file, format, source, fields, perSecond, timeShift, rebaseTo, csvDelimiter);
    }

    public ReplaySettings withTimeShift(Duration shift) {
        return new ReplaySettings(file, format, source, fields, ratePerSecond, shift, rebaseTo, csvDelimiter);
    }

    public ReplaySettings withRebaseTo(Instant instant) {
        return new ReplaySettings(file, format, source, fields, ratePerSecond, timeShift, instant, csvDelimiter);
    }

    /** The checkpoint key: {@code replay:<source>:<absolute path>}. */
    public String sourceKey() {
        return "replay:" + source + ":" + file.toAbsolutePath().normalize();
    }
}
