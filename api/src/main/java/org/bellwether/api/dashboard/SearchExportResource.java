package org.bellwether.api.dashboard;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Csv;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.search.SearchResource;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;

/**
 * Export of a post search (the same query and filters as {@code GET /api/search/posts}) as CSV or JSON, with
 * formula injection defused ({@link ExportFormat}). Authors appear only as pseudonyms. Every export is audited.
 */
@Tag(name = "SearchExport", description = "Export of a post search as CSV or JSON, formula injection defused, "
        + "authors as pseudonyms; every export is audited")
@Path("/api/search/posts/export")
public class SearchExportResource {
    static final int MAX_ROWS = 10_000;
    private static final String[] COLUMNS = {"post_id", "narrative_id", "kind", "source", "url", "author_pseudonym",
            "lang", "created_at", "neighbourhood", "harm", "categories", "text"};

    private final SearchService search;
    private final AuditTrail audit;
    private final Clock clock;

    public SearchExportResource(SearchService search, AuditTrail audit, Clock clock) {
        this.search = search;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "A post search (the same query and filters as GET /api/search/posts) as CSV or JSON")
    @Produces({"text/csv", "application/json"})
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public Response export(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                           @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("q") String q, @QueryParam("lang") String lang,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("narrativeId") String narrativeId, @QueryParam("category") String category,
                           @QueryParam("neighbourhood") String neighbourhood, @QueryParam("source") String source,
                           @QueryParam("limit") @DefaultValue("" + MAX_ROWS) int limit) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        if (exportFormat == null) {
            throw ApiException.invalid("format", "expected csv or json");
        }
        Params.range("limit", limit, 1, MAX_ROWS);
        PostQuery first = SearchResource.postQuery(q, lang, from, to, narrativeId, category, neighbourhood, source, 0,
                PostQuery.MAX_PAGE_SIZE);
        SearchResult<PostHit> firstPage = search.searchPosts(first); // a syntax error is a 400 before anything is sent
        long rows = Math.min(firstPage.total(), limit);

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", exportFormat.extension());
        detail.putAll(SearchResource.auditDetail(first, from, to));
        detail.put("rows", rows);
        audit.record(Callers.of(user, request), "search.export", "post", null, detail);

        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            boolean csv = exportFormat == ExportFormat.CSV;
            writer.write(csv ? "\uFEFF" + Csv.row(COLUMNS) : "[");
            long written = 0;
            SearchResult<PostHit> page = firstPage;
            for (int pageNumber = 0; written < rows; ) {
                for (PostHit hit : page.hits()) {
                    if (written >= rows) {
                        break;
                    }
                    String[] cells = cells(hit);
                    writer.write(csv ? Csv.row(cells) : (written == 0 ? "\n" : ",\n") + json(hit, cells));
                    written++;
                }
                if (page.hits().size() < PostQuery.MAX_PAGE_SIZE) {
                    break;
                }
                pageNumber++;
                page = search.searchPosts(new PostQuery(first.q(), first.lang(), first.from(), first.to(),
                        first.narrativeId(), first.category(), first.neighbourhood(), first.source(), pageNumber,
                        PostQuery.MAX_PAGE_SIZE));
            }
            if (!csv) {
                writer.write("\n]\n");
            }
            writer.flush();
        };
        String filename = "bellwether-posts-" + clock.instant().toString().replace(':', '-') + "."
                + exportFormat.extension();
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("X-Total-Count", rows)
                .build();
    }

    private static String[] cells(PostHit hit) {
        return new String[] {hit.postId(), hit.narrativeId(), hit.kind(), hit.source(), hit.url(),
                hit.authorPseudonym(), hit.lang(), hit.createdAt() == null ? null : hit.createdAt().toString(),
                hit.neighbourhood(), String.format(java.util.Locale.ROOT, "%.3f", hit.harm()),
                hit.categories().stream().map(HarmCategory::wireName).collect(Collectors.joining(" ")), hit.text()};
    }

    private static String json(PostHit hit, String[] cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            row.put(COLUMNS[i], Csv.defuse(cells[i]));
        }
        row.put("harm", hit.harm());
        return Json.writeString(row);
    }
}
