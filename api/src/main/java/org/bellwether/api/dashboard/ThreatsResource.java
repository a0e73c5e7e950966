package org.bellwether.api.dashboard;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Csv;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.model.HarmCategory;
import org.bellwether.search.ThreatCount;

/**
 * Threats over time on the city map: per neighbourhood, harm category and ISO week, posts of flagged narratives and
 * tips with the change against the week and the period before; as JSON for the map and as CSV for an analyst.
 */
@Tag(name = "CityMap")
@Path("/api/map/threats")
public class ThreatsResource {
    /** Default period: the current ISO week and the seven before it. */
    static final int DEFAULT_WEEKS = 8;
    static final Duration MAX_PERIOD = Duration.ofDays(371);
    static final String[] COLUMNS = {"week", "week_start", "neighbourhood", "category", "flagged_posts", "tips",
        "previous_week_flagged_posts", "previous_week_tips", "change"};

    private final ThreatMap threats;
    private final AuditTrail audit;
    private final Clock clock;

    public ThreatsResource(ThreatMap threats, AuditTrail audit, Clock clock) {
        this.threats = threats;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @SelfAudited
    @Operation(summary = "Posts of flagged narratives and tips per neighbourhood, harm category and ISO week, with the "
            + "change against the week and the period before (default: the last 8 weeks)")
    @Produces("application/json")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public ThreatMap.Table table(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("category") String category) {
        ThreatMap.Table table = read(from, to, category);
        audit.record(Callers.of(user, request), "map.threats.view", "neighbourhood", null, detail(table));
        return table;
    }

    @GET
    @SelfAudited
    @Path("export")
    @Operation(summary = "The threats table as CSV (formulas defused)")
    @Produces("text/csv")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Response export(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("category") String category) {
        ThreatMap.Table table = read(from, to, category);
        StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row(COLUMNS));
        for (ThreatMap.Week week : table.cells()) {
            csv.append(Csv.row(week.isoWeek(), ThreatMap.day(week.week()),
                    week.neighbourhood() == null ? "" : week.neighbourhood(), week.category(),
                    Long.toString(week.flaggedPosts()), Long.toString(week.tips()),
                    Long.toString(week.previousFlaggedPosts()), Long.toString(week.previousTips()),
                    Long.toString(week.change())));
        }
        Map<String, Object> detail = detail(table);
        detail.put("rows", table.cells().size());
        audit.record(Callers.of(user, request), "map.threats.export", "neighbourhood", null, detail);
        String filename = "bellwether-threats-" + ThreatMap.day(table.from()) + ".csv";
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private ThreatMap.Table read(String from, String to, String category) {
        Instant toInstant = Params.instant("to", to);
        Instant end = toInstant == null ? ThreatCount.weekOf(clock.instant()).plus(ThreatMap.WEEK) : toInstant;
        Instant fromInstant = Params.instant("from", from);
        Instant start = fromInstant == null ? end.minus(ThreatMap.WEEK.multipliedBy(DEFAULT_WEEKS)) : fromInstant;
        if (!start.isBefore(end)) {
            throw ApiException.invalid("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ApiException.invalid("from", "the period is at most 53 weeks");
        }
        String wanted = category == null || category.isBlank() ? null : category.strip();
        if (wanted != null && !wanted.equals(ThreatCount.NO_CATEGORY)
                && Arrays.stream(HarmCategory.values()).noneMatch(c -> c.wireName().equals(wanted))) {
            throw ApiException.invalid("category", "unknown harm category");
        }
        return threats.between(start, end, wanted);
    }

    private static Map<String, Object> detail(ThreatMap.Table table) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", table.from().toString());
        detail.put("to", table.to().toString());
        if (table.category() != null) {
            detail.put("category", table.category());
        }
        return detail;
    }
}
