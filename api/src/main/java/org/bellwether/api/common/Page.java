package org.bellwether.api.common;

import java.util.List;

/** One page of a list: {@code total} matches, this page's {@code hits}. */
public record Page<T>(long total, int page, int pageSize, List<T> hits) {
    public Page {
        hits = List.copyOf(hits);
    }
}
