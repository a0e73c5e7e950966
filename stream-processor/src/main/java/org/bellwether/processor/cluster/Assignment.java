package org.bellwether.processor.cluster;

/**
 * Where a post went.
 *
 * @param narrative  the narrative it joined or started
 * @param similarity its similarity to the narrative's centroid before it joined (0 when it started it)
 * @param created    true when the post started the narrative
 */
public record Assignment(NarrativeState narrative, double similarity, boolean created) {
}
