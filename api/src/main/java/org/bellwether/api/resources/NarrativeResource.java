package org.bellwether.api.resources;

import io.dropwizard.auth.Auth;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.auth.Roles;
import org.bellwether.api.auth.UserPrincipal;
import org.bellwether.api.core.ApiException;
import org.bellwether.api.core.AuditTrail;
import org.bellwether.api.core.NarrativeViews;
import org.bellwether.api.representations.NarrativeDetail;
import org.bellwether.api.representations.NarrativeItem;
import org.bellwether.api.representations.Page;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.search.NarrativeQuery;

/** The narrative read model: ranked lists and one narrative with its triage and impact. */
@Path("/api/narratives")
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeResource {
    private final NarrativeViews narratives;
    private final AuditTrail audit;

    public NarrativeResource(NarrativeViews narratives, AuditTrail audit) {
        this.narratives = narratives;
        this.audit = audit;
    }

    /** Narratives by priority (or relevance when {@code q} is given), filtered by status and flag. */
    @GET
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public Page<NarrativeItem> list(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                    @QueryParam("q") String q,
                                    @QueryParam("status") String status,
                                    @QueryParam("flagged") String flagged,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("pageSize") @DefaultValue("20") int pageSize) {
        NarrativeQuery query = new NarrativeQuery(Params.blankToNull(q), status(status),
                Params.bool("flagged", flagged), false, Params.range("page", page, 0, 10_000),
                Params.range("pageSize", pageSize, 1, 100));
        Page<NarrativeItem> result = narratives.list(query);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("q", query.q());
        detail.put("status", status);
        detail.put("flagged", flagged);
        detail.put("page", page);
        detail.put("total", result.total());
        audit.record(Callers.of(user, request), "narratives.list", "narrative", null, detail);
        return result;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public NarrativeDetail get(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                               @PathParam("id") String id) {
        NarrativeDetail detail = narratives.detail(id).orElseThrow(() -> ApiException.notFound("narrative", id));
        audit.record(Callers.of(user, request), "narratives.view", "narrative", id, Map.of());
        return detail;
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
