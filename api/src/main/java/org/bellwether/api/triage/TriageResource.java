package org.bellwether.api.triage;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Page;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.model.Alert;
import org.bellwether.model.Narrative;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;

/** The triage queue. Changes need {@code If-Match: "<version>"}; a stale version is a 409. */
@Tag(name = "Triage", description = "The triage queue. Changes need If-Match with the version read; a stale version "
        + "is a 409")
@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {
    /** The rule name of a case a person opened, in the case's alerts. */
    public static final String OPENED_RULE = "opened-by-officer";

    private final TriageService triage;
    private final AuditTrail audit;
    private final AlertIntake intake;
    private final Function<String, Optional<Narrative>> narratives;

    /**
     * @param narratives the narrative read model, by id: a case is opened only on a narrative it holds
     */
    public TriageResource(TriageService triage, AuditTrail audit, AlertIntake intake,
                          Function<String, Optional<Narrative>> narratives) {
        this.triage = triage;
        this.audit = audit;
        this.intake = intake;
        this.narratives = narratives;
    }

    /** Open cases by priority ({@code state} picks one state, closed and dismissed included). */
    @GET
    @Operation(summary = "Open cases by priority (state picks one state, closed and dismissed included)")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.ANALYST})
    public Page<TriageCaseView> queue(@QueryParam("state") String state,
                                      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
        Page<TriageCase> cases = triage.queue(Params.blankToNull(state), overdue,
                Params.range("page", page, 0, 10_000), Params.range("pageSize", pageSize, 1, 200));
        return new Page<>(cases.total(), cases.page(), cases.pageSize(),
                cases.hits().stream().map(TriageCaseView::of).toList());
    }

    /**
     * Opens a case on a narrative no rule flagged: 201 with the case; 200 when the narrative has an open case already
     * (refreshed as a second flag would: a higher severity raises it, a closed case reopens); 404 for a narrative the
     * read model does not hold, 409 for one merged into another (open the case there).
     */
    @POST
    @Operation(summary = "Open a case on a narrative no rule flagged (201), or refresh its case (200)")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response open(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                         @NotNull @Valid OpenCaseRequest body) {
        Narrative narrative = narratives.apply(body.narrativeId())
                .orElseThrow(() -> ApiException.notFound("narrative", body.narrativeId()));
        if (narrative.mergedInto() != null) {
            throw ApiException.conflict("narrative " + narrative.narrativeId() + " was merged into "
                    + narrative.mergedInto() + ": open the case there");
        }
        Severity severity = severity(body.severity());
        Caller caller = Callers.of(user, request);
        String reason = body.reason().strip();
        Alert alert = new Alert(SchemaVersion.CURRENT, "opened:" + UUID.randomUUID(), narrative.narrativeId(),
                narrative.label(), OPENED_RULE, severity, narrative.priority(),
                "opened by " + caller.actor() + ": " + reason, Map.of(), null);
        AlertIntake.Outcome outcome = intake.open(caller, alert, reason);
        TriageCaseView opened = TriageCaseView.of(triage.ofNarrative(narrative.narrativeId()));
        return Response.status(outcome == AlertIntake.Outcome.CREATED ? 201 : 200).entity(opened)
                .header(HttpHeaders.ETAG, Params.etag(opened.version())).build();
    }

    private static Severity severity(String value) {
        if (value == null || value.isBlank()) {
            return Severity.MEDIUM;
        }
        try {
            return Severity.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("severity", "one of critical, high, medium, low");
        }
    }

    @GET
    @SelfAudited
    @Operation(summary = "One case with its history, its version as the ETag")
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.ANALYST})
    public Response get(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                        @PathParam("id") String id) {
        TriageCaseDetail detail = TriageCaseDetail.of(triage.detail(Params.id("case", id)));
        audit.record(Callers.of(user, request), "triage.view", "case", id, java.util.Map.of());
        return Response.ok(detail).header(HttpHeaders.ETAG, Params.etag(detail.triageCase().version())).build();
    }

    @POST
    @Operation(summary = "Move a case to another state (dismiss with a reason, monitor, respond)")
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response transition(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                               @PathParam("id") String id,
                               @Parameter(required = true, description = "the ETag last read")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest body) {
        TriageCaseView moved = TriageCaseView.of(triage.transition(Callers.of(user, request),
                Params.id("case", id), Params.ifMatch(ifMatch), body.to(), body.reason()));
        return Response.ok(moved).header(HttpHeaders.ETAG, Params.etag(moved.version())).build();
    }

    @POST
    @Operation(summary = "Add a note to a case")
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response note(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                         @PathParam("id") String id, @NotNull @Valid NoteRequest body) {
        triage.addNote(Callers.of(user, request), Params.id("case", id), body.body());
        return Response.status(201).build();
    }

    /** Surge handling: one action on many cases, each at its current version. */
    @POST
    @Operation(summary = "Surge handling: one action on many cases, each at its current version")
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public List<BulkResult> bulk(@Auth UserPrincipal user, @Context ContainerRequestContext request,
                                 @NotNull @Valid BulkTransitionRequest body) {
        return triage.bulk(Callers.of(user, request), body.caseIds(), body.to(), body.reason());
    }
}
