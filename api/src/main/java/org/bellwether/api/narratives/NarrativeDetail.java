package org.bellwether.api.narratives;

import org.bellwether.model.Narrative;

/**
 * One narrative: the latest snapshot, its triage case (null when never flagged) and, once a messenger has
 * responded, velocity before and after the first response (an observation, not proof of effect).
 */
public record NarrativeDetail(Narrative narrative, TriageSummary triage, ImpactObservation impact) {
}
