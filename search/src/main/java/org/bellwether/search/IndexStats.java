package org.bellwether.search;

/** Searchable documents and how far the index has consumed its topics. */
public record IndexStats(long posts, long narratives, java.util.Map<String, Long> committedOffsets) {
    public IndexStats {
        committedOffsets = committedOffsets == null ? java.util.Map.of() : java.util.Map.copyOf(committedOffsets);
    }
}
