package org.bellwether.ingest;

import java.time.Instant;
import java.util.Optional;
import org.bellwether.model.Engagement;
import org.bellwether.model.Geo;
import org.bellwether.model.RawPost;
import org.bellwether.model.SchemaVersion;

/**
 * Turns one parsed input record into a {@link RawPost}, or says why it cannot. A post needs text, and a valid
 * time when a time field is named; without a time field the collection time stands in. Without an id field the
 * id is {@code <file fingerprint>-<record number>}, stable across re-runs of the same file. Thread-safe.
 */
public final class RecordMapper {
    /** Author written when the record names none; the processor pseudonymises it like any handle. */
    public static final String UNKNOWN_AUTHOR = "unknown";

    private final String source;
    private final FieldMapping fields;
    private final String fingerprint;

    public RecordMapper(String source, FieldMapping fields, String fingerprint) {
        this.source = source;
        this.fields = fields;
        this.fingerprint = fingerprint;
    }

    /** The mapped post, or the reason it was rejected. */
    public record Result(RawPost post, String reason) {
        static Result rejected(String reason) {
            return new Result(null, reason);
        }
    }

    /** The record's own time, before any shift; empty when it has no valid time or no time field is named. */
    public Optional<Instant> time(InputRecord.Fields record) {
        return fields.time() == null ? Optional.empty() : TimeParser.parse(record.get(fields.time()));
    }

    public Result map(InputRecord record, long shiftMillis, Instant collectedAt) {
        InputRecord.Fields values = record.fields();
        String text = values.get(fields.text());
        if (text == null || text.isBlank()) {
            return Result.rejected("no text in field '" + fields.text() + "'");
        }
        String id = fields.id() == null ? fingerprint + "-" + record.number() : values.get(fields.id());
        if (id == null || id.isBlank()) {
            return Result.rejected("no id in field '" + fields.id() + "'");
        }
        Instant createdAt;
        if (fields.time() == null) {
            createdAt = collectedAt;
        } else {
            String rawTime = values.get(fields.time());
            if (rawTime == null || rawTime.isBlank()) {
                return Result.rejected("no time in field '" + fields.time() + "'");
            }
            Optional<Instant> parsed = TimeParser.parse(rawTime);
            if (parsed.isEmpty()) {
                return Result.rejected("unreadable time '" + abbreviate(rawTime) + "' in field '" + fields.time() + "'");
            }
            createdAt = parsed.get().plusMillis(shiftMillis);
        }
        String lang = blankToNull(get(values, fields.lang()));
        String author = blankToNull(get(values, fields.author()));
        String repostOf = blankToNull(get(values, fields.repostOf()));
        if (repostOf != null && !repostOf.contains(":")) {
            repostOf = RawPost.key(source, repostOf);
        }
        return new Result(new RawPost(SchemaVersion.CURRENT, source, id.trim(), blankToNull(get(values, fields.url())),
                author == null ? UNKNOWN_AUTHOR : author, text, lang, createdAt, collectedAt, geo(values),
                engagement(values), repostOf), null);
    }

    private Geo geo(InputRecord.Fields values) {
        String place = blankToNull(get(values, fields.place()));
        Double lat = number(get(values, fields.lat()));
        Double lon = number(get(values, fields.lon()));
        if (lat != null && (lat < -90 || lat > 90) || lon != null && (lon < -180 || lon > 180)) {
            lat = null;
            lon = null;
        }
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        return place == null && lat == null ? null : new Geo(lat, lon, place);
    }

    private Engagement engagement(InputRecord.Fields values) {
        if (fields.likes() == null && fields.reposts() == null && fields.replies() == null) {
            return null;
        }
        return new Engagement(count(get(values, fields.likes())), count(get(values, fields.reposts())),
                count(get(values, fields.replies())));
    }

    private static String get(InputRecord.Fields values, String field) {
        return field == null ? null : values.get(field);
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long count(String text) {
        Double value = number(text);
        return value == null || value < 0 ? 0 : value.longValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String abbreviate(String value) {
        String oneLine = value.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
