package org.bellwether.api.search;

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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.model.HarmCategory;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.PostHit;
import org.bellwether.search.PostQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;

/** Full-text search over posts and narratives. Every search is audited. */
@Tag(name = "Search", description = "Full-text search over posts and narratives. Every search is audited")
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final SearchService search;
    private final AuditTrail audit;

    public SearchResource(SearchService search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    @GET
    @SelfAudited
    @Operation(summary = "Search posts: query language, filters, facets and a time chart")
    @Path("posts")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public SearchResult<PostHit> posts(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                       @QueryParam("q") String q,
                                       @QueryParam("lang") String lang,
                                       @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("narrativeId") String narrativeId,
                                       @QueryParam("category") String category,
                                       @QueryParam("neighbourhood") String neighbourhood,
                                       @QueryParam("source") String source,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        PostQuery query = postQuery(q, lang, from, to, narrativeId, category, neighbourhood, source, page, pageSize);
        SearchResult<PostHit> result = search.searchPosts(query);
        Map<String, Object> detail = auditDetail(query, from, to);
        detail.put("page", page);
        detail.put("total", result.total());
        audit.record(Callers.of(user, request), "search.posts", "post", null, detail);
        return result;
    }

    @GET
    @SelfAudited
    @Operation(summary = "Search narratives, or (match=posts) list the narratives whose posts match a post search")
    @Path("narratives")
    @RolesAllowed({Roles.ANALYST, Roles.OFFICER, Roles.ADMIN})
    public SearchResult<NarrativeHit> narratives(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                                 @QueryParam("q") String q,
                                                 @QueryParam("flagged") String flagged,
                                                 @QueryParam("match") String match,
                                                 @QueryParam("lang") String lang,
                                                 @QueryParam("from") String from,
                                                 @QueryParam("to") String to,
                                                 @QueryParam("category") String category,
                                                 @QueryParam("neighbourhood") String neighbourhood,
                                                 @QueryParam("source") String source,
                                                 @QueryParam("page") @DefaultValue("0") int page,
                                                 @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        boolean ofPosts = "posts".equals(match);
        if (match != null && !match.isBlank() && !ofPosts) {
            throw ApiException.invalid("match", "expected posts (or nothing, to search the narratives' own text)");
        }
        NarrativeQuery query = new NarrativeQuery(ofPosts ? null : Params.blankToNull(q), null,
                Params.bool("flagged", flagged), false, Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, 100));
        SearchResult<NarrativeHit> result = ofPosts
                ? search.searchNarrativesOfPosts(postQuery(q, lang, from, to, null, category, neighbourhood, source,
                        0, 1), query)
                : search.searchNarratives(query);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("q", Params.blankToNull(q));
        detail.put("flagged", flagged);
        if (ofPosts) {
            detail.put("match", "posts");
            detail.put("lang", lang);
            detail.put("from", from);
            detail.put("to", to);
            detail.put("category", category);
            detail.put("neighbourhood", neighbourhood);
            detail.put("source", source);
        }
        detail.put("page", page);
        detail.put("total", result.total());
        audit.record(Callers.of(user, request), "search.narratives", "narrative", null, detail);
        return result;
    }

    /**
     * The post query of a search's parameters (also the export's): a malformed date, an empty range, an unknown
     * category or a page out of range is a 400.
     */
    public static PostQuery postQuery(String q, String lang, String from, String to, String narrativeId,
                                      String category, String neighbourhood, String source, int page, int pageSize) {
        Instant fromInstant = Params.instant("from", from);
        Instant toInstant = Params.instant("to", to);
        Params.ordered("from", fromInstant, "to", toInstant);
        return new PostQuery(Params.blankToNull(q), Params.blankToNull(lang), fromInstant, toInstant,
                Params.blankToNull(narrativeId), category(category), Params.blankToNull(neighbourhood),
                Params.blankToNull(source), Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, PostQuery.MAX_PAGE_SIZE));
    }

    /** What the audit log keeps of a post search: its filters as given (a mutable map, for the caller's extras). */
    public static Map<String, Object> auditDetail(PostQuery query, String from, String to) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("q", query.q());
        detail.put("lang", query.lang());
        detail.put("from", from);
        detail.put("to", to);
        detail.put("narrativeId", query.narrativeId());
        detail.put("category", query.category());
        detail.put("neighbourhood", query.neighbourhood());
        detail.put("source", query.source());
        return detail;
    }

    private static String category(String value) {
        String category = Params.blankToNull(value);
        if (category == null) {
            return null;
        }
        return Arrays.stream(HarmCategory.values()).map(HarmCategory::wireName).filter(category::equals).findFirst()
                .orElseThrow(() -> ApiException.invalid("category", "expected one of "
                        + Arrays.stream(HarmCategory.values()).map(HarmCategory::wireName).toList()));
    }
}
