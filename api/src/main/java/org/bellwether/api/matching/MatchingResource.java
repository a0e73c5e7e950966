package org.bellwether.api.matching;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Map;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.model.Narrative;
import org.bellwether.search.SearchService;

/** Ranked messenger suggestions for a narrative, each with its per-factor explanation. The officer confirms. */
@Tag(name = "Matching", description = "Ranked messenger suggestions for a narrative, each with its per-factor "
        + "explanation. The officer confirms")
@Path("/api/narratives/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class MatchingResource {
    private final SearchService search;
    private final MessengerService messengers;
    private final Matcher matcher;
    private final AuditTrail audit;
    private final Clock clock;

    public MatchingResource(SearchService search, MessengerService messengers, Matcher matcher, AuditTrail audit,
                            Clock clock) {
        this.search = search;
        this.messengers = messengers;
        this.matcher = matcher;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Ranked messenger suggestions for a narrative, each with its per-factor explanation")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Suggestions suggestions(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                   @PathParam("id") String id) {
        Narrative narrative = search.narrative(id).orElseThrow(() -> ApiException.notFound("narrative", id));
        Suggestions suggestions = matcher.rank(narrative, messengers.active(), clock.instant());
        audit.record(Callers.of(user, request), "matching.suggest", "narrative", id,
                Map.of("suggested", suggestions.suggestions().size()));
        return suggestions;
    }
}
