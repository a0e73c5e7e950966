package org.bellwether.api.narratives;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What lists and narrative pages need from triage: the case of each narrative and its first response. */
public interface TriageLookup {
    TriageLookup NONE = new TriageLookup() {
        @Override
        public Map<String, TriageSummary> summaries(Collection<String> narrativeIds) {
            return Map.of();
        }

        @Override
        public Optional<Instant> firstResponseAt(String narrativeId) {
            return Optional.empty();
        }
    };

    /** Summaries by narrative id, for those narratives that have a case. */
    Map<String, TriageSummary> summaries(Collection<String> narrativeIds);

    /** When the narrative was first answered by a messenger, if it was. */
    Optional<Instant> firstResponseAt(String narrativeId);
}
