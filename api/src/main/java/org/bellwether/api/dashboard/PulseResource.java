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
import org.bellwether.api.auth.Roles;
import org.bellwether.search.IndexStats;
import org.bellwether.search.SearchService;
import org.jdbi.v3.core.Jdbi;

/**
 * A cheap change signal for live pages: the triage queue's fingerprint (cases and their versions) and how far the
 * search replica has read. The triage page polls it and reloads only when it changed. Not audited: it reveals
 * counts only.
 */
@Tag(name = "Pulse", description = "A cheap change signal for live pages")
@Path("/api/dashboard/pulse")
public class PulseResource {
    private final Jdbi jdbi;
    private final SearchService search;
    private final Clock clock;

    public PulseResource(Jdbi jdbi, SearchService search, Clock clock) {
        this.jdbi = jdbi;
        this.search = search;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The triage queue's fingerprint and how far the search replica has read; reveals counts only")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Map<String, Object> pulse() {
        Instant now = clock.instant();
        Map<String, Object> triage = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) AS cases,
                               coalesce(sum(version), 0) AS versions,
                               count(*) FILTER (WHERE state NOT IN ('closed', 'dismissed')) AS open,
                               count(*) FILTER (WHERE state IN ('new', 'acknowledged') AND target_at < :now) AS overdue
                        FROM triage_cases
                        """).bind("now", now).mapToMap().one());
        IndexStats stats = search.stats();
        long offsets = stats.committedOffsets().values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fingerprint", triage.get("cases") + "." + triage.get("versions") + "." + stats.posts() + "."
                + stats.narratives() + "." + offsets);
        body.put("openCases", triage.get("open"));
        body.put("overdueCases", triage.get("overdue"));
        body.put("posts", stats.posts());
        body.put("narratives", stats.narratives());
        body.put("at", now);
        return body;
    }
}
