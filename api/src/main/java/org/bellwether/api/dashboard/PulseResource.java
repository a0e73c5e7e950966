package org.bellwether.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.common.Roles;
import org.bellwether.api.dashboard.db.DashboardDao;
import org.bellwether.search.IndexStats;
import org.bellwether.search.SearchService;

/**
 * A cheap change signal for live pages: the triage queue's fingerprint (cases and their versions) and how far the
 * search replica has read. The triage page polls it and reloads only when it changed. Not audited: it reveals
 * counts only.
 */
@Tag(name = "Pulse", description = "A cheap change signal for live pages")
@Path("/api/dashboard/pulse")
public class PulseResource {
    private final DashboardDao queries;
    private final SearchService search;
    private final Clock clock;

    public PulseResource(DashboardDao queries, SearchService search, Clock clock) {
        this.queries = queries;
        this.search = search;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The triage queue's fingerprint and how far the search replica has read; reveals counts only")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Map<String, Object> pulse() {
        Instant now = clock.instant();
        DashboardDao.TriageCounts triage = queries.triageCounts(now);
        IndexStats stats = search.stats();
        long offsets = stats.committedOffsets().values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", triage.cases() + "." + triage.versions() + "." + stats.posts() + "."
                + stats.narratives() + "." + offsets);
        body.put("openCases", triage.open());
        body.put("overdueCases", triage.overdue());
        body.put("posts", stats.posts());
        body.put("narratives", stats.narratives());
        body.put("at", now);
        return body;
    }
}
