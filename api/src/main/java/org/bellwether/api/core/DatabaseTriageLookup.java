package org.bellwether.api.core;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bellwether.api.db.AssignmentDao;
import org.bellwether.api.db.TriageDao;
import org.bellwether.api.representations.TriageCaseView;
import org.bellwether.api.representations.TriageSummary;
import org.jdbi.v3.core.Jdbi;

/** Triage state and first responses from the database, for narrative lists and pages. Thread-safe. */
public final class DatabaseTriageLookup implements TriageLookup {
    private final Jdbi jdbi;
    private final TriageService triage;

    public DatabaseTriageLookup(Jdbi jdbi, TriageService triage) {
        this.jdbi = jdbi;
        this.triage = triage;
    }

    @Override
    public Map<String, TriageSummary> summaries(Collection<String> narrativeIds) {
        return jdbi.withExtension(TriageDao.class, dao -> dao.findByNarratives(narrativeIds)).stream()
                .map(triage::view)
                .collect(Collectors.toMap(TriageCaseView::narrativeId, v -> new TriageSummary(v.id().toString(),
                        v.state(), v.severity(), v.targetAt(), v.overdue(), v.version())));
    }

    @Override
    public Optional<Instant> firstResponseAt(String narrativeId) {
        return jdbi.withExtension(AssignmentDao.class, dao -> dao.firstResponseAt(narrativeId));
    }
}
