package org.bellwether.search;

import java.time.Instant;
import java.util.Objects;

/**
 * Threats over time: posts of flagged narratives and community tips per neighbourhood, harm category and ISO week.
 *
 * @param from     counted from (inclusive)
 * @param to       counted up to (exclusive)
 * @param category only this harm category (wire name), or null for every category
 */
public record ThreatQuery(Instant from, Instant to, String category) {
    public ThreatQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new InvalidQueryException("from must be before to");
        }
    }
}
