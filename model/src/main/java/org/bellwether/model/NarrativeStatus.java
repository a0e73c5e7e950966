package org.bellwether.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle of a narrative as the stream processor sees it (the triage state lives in the api). */
public enum NarrativeStatus {
    /** Young and still forming. */
    @JsonProperty("emerging") EMERGING,
    /** Receiving posts at a steady or rising rate. */
    @JsonProperty("active") ACTIVE,
    /** No longer attracting posts. */
    @JsonProperty("fading") FADING,
    /** Folded into another narrative, see {@link Narrative#mergedInto()}. */
    @JsonProperty("merged") MERGED
}
