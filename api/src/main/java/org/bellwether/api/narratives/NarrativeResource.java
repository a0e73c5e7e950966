package org.bellwether.api.narratives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Page;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Returns;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.search.NarrativeQuery;

/** The narrative read model: ranked lists and one narrative with its triage and impact. */
@Tag(name = "Narrative", description = "The narrative read model: ranked lists and one narrative with its triage and "
        + "impact")
@Path("/api/narratives")
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {
    private final NarrativeViews narratives;
    private final AuditTrail audit;

    /**
     * Serialised pages by query, kept as long as the index takes to refresh: a page is at most that old (the
     * triage summaries in it too), and a busy queue costs one search and one serialisation per second per page.
     */
    private final Cache<NarrativeQuery, byte[]> pages = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofSeconds(1)).build();
    private final ObjectMapper mapper;

    public NarrativeResource(NarrativeViews narratives, AuditTrail audit, ObjectMapper mapper) {
        this.narratives = narratives;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * Narratives by priority (or relevance when {@code q} is given), filtered by status and flag: a
     * {@link Page} of {@link NarrativeItem}, at most one second old.
     */
    @GET
    @Operation(summary = "Narratives by priority (or relevance when q is given), filtered by status and flag; at "
            + "most one second old")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    @Returns(value = Page.class, items = NarrativeItem.class)
    public Response list(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                    @QueryParam("q") String q,
                                    @QueryParam("status") String status,
                                    @QueryParam("flagged") String flagged,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        NarrativeQuery query = new NarrativeQuery(Params.blankToNull(q), status(status),
                Params.bool("flagged", flagged), false, Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, 100));
        byte[] body = pages.get(query, this::serialisedPage);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("q", query.q());
        detail.put("status", status);
        detail.put("flagged", flagged);
        detail.put("page", page);
        audit.record(Callers.of(user, request), "narratives.list", "narrative", null, detail);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Operation(summary = "One narrative with its triage and impact")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public NarrativeDetail get(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                               @PathParam("id") String id) {
        NarrativeDetail detail = narratives.detail(id).orElseThrow(() -> ApiException.notFound("narrative", id));
        audit.record(Callers.of(user, request), "narratives.view", "narrative", id, Map.of());
        return detail;
    }

    private byte[] serialisedPage(NarrativeQuery query) {
        Page<NarrativeItem> result = narratives.list(query);
        try {
            return mapper.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a narrative page", e);
        }
    }

    private static NarrativeStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (NarrativeStatus status : NarrativeStatus.values()) {
            if (status.name().equalsIgnoreCase(value.trim())) {
                return status;
            }
        }
        throw ApiException.invalid("status", "expected one of emerging, active, fading, merged");
    }
}
