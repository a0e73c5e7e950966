package org.bellwether.model;

import java.time.Instant;

/** Posts that joined a narrative in the hour starting at {@code start}. */
public record VolumeBucket(Instant start, long posts) {
}
