package org.bellwether.api.narratives;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.assignments.db.AssignmentDao;
import org.bellwether.api.triage.TriageService;
import org.bellwether.api.triage.db.TriageDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Triage state and first responses from the database, for narrative lists and pages. Summaries are cached for
 * {@link #FRESHNESS}, so a list shows a case's state at most that old (the triage endpoints always read the
 * database). Thread-safe.
 */
public final class DatabaseTriageLookup implements TriageLookup {
    static final java.time.Duration FRESHNESS = java.time.Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final TriageService triage;
    private final com.github.benmanes.caffeine.cache.Cache<String, Optional<TriageSummary>> cache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000)
                    .expireAfterWrite(FRESHNESS).build();

    public DatabaseTriageLookup(Jdbi jdbi, TriageService triage) {
        this.jdbi = jdbi;
        this.triage = triage;
    }

    @Override
    public Map<String, TriageSummary> summaries(Collection<String> narrativeIds) {
        Map<String, Optional<TriageSummary>> found = cache.getAll(narrativeIds, this::load);
        Map<String, TriageSummary> out = new java.util.HashMap<>();
        found.forEach((id, summary) -> summary.ifPresent(s -> out.put(id, s)));
        return out;
    }

    private Map<String, Optional<TriageSummary>> load(java.util.Set<? extends String> narrativeIds) {
        Map<String, Optional<TriageSummary>> loaded = new java.util.HashMap<>();
        narrativeIds.forEach(id -> loaded.put(id, Optional.empty()));
        jdbi.withExtension(TriageDao.class, dao -> dao.findByNarratives(List.copyOf(narrativeIds))).stream()
                .map(triage::view)
                .forEach(v -> loaded.put(v.narrativeId(), Optional.of(new TriageSummary(v.id().toString(),
                        v.state().wireName(), v.severity(), v.targetAt(), v.overdue(), v.version()))));
        return loaded;
    }

    @Override
    public Optional<Instant> firstResponseAt(String narrativeId) {
        return jdbi.withExtension(AssignmentDao.class, dao -> dao.firstResponseAt(narrativeId));
    }
}
