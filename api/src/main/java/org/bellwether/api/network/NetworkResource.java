package org.bellwether.api.network;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.playbooks.PlaybookView;

/**
 * The network of cities: officers share a flagged narrative's signature and import another city's playbook; the
 * narrative page reads where else a narrative was seen; admins keep the trust list and read what was shared,
 * withheld and quarantined.
 */
@Tag(name = "Network", description = "Sharing narrative signatures with other cities: share, matches, trust list, "
        + "quarantine")
@Path("/api/network")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {
    private static final int LIST_LIMIT = 200;

    private final NetworkSettings settings;
    private final NetworkSharing sharing;
    private final NetworkMatches matches;
    private final TrustList trust;
    private final NetworkDao dao;

    public NetworkResource(NetworkSettings settings, NetworkSharing sharing, NetworkMatches matches, TrustList trust,
                           NetworkDao dao) {
        this.settings = settings;
        this.sharing = sharing;
        this.matches = matches;
        this.trust = trust;
        this.dao = dao;
    }

    @POST
    @Path("narratives/{id}/share")
    @Operation(summary = "Share a flagged narrative's signature with the network (withheld below k distinct authors)")
    @RolesAllowed(Roles.OFFICER)
    public ShareResult share(@Auth UserPrincipal officer, @Context ContainerRequestContext request,
                             @PathParam("id") String id) {
        return sharing.share(Callers.of(officer, request), id);
    }

    @GET
    @Path("narratives/{id}/matches")
    @Operation(summary = "Where else a narrative was seen: other cities' signatures it matches, with their outcome")
    @RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
    public List<NetworkMatchView> matches(@PathParam("id") String id) {
        return matches.of(id);
    }

    @POST
    @Path("matches/{matchId}/import-playbook")
    @Operation(summary = "Import the other city's playbook of a match into this city's library")
    @RolesAllowed(Roles.OFFICER)
    public Response importPlaybook(@Auth UserPrincipal officer, @Context ContainerRequestContext request,
                                   @PathParam("matchId") long matchId) {
        return Response.status(201).entity(PlaybookView.of(matches.importPlaybook(Callers.of(officer, request),
                matchId))).build();
    }

    @GET
    @Path("identity")
    @Operation(summary = "This city's network name and public key, for other cities' trust lists")
    @RolesAllowed(Roles.ADMIN)
    public NetworkIdentity identity() {
        return new NetworkIdentity(settings.city(), settings.publicKey(),
                settings.enabled() ? settings.ownTopic().name() : null, settings.minDistinctAuthors(),
                settings.autoShareCritical());
    }

    @GET
    @Path("cities")
    @Operation(summary = "The trust list: cities whose signatures are accepted, revoked ones included")
    @RolesAllowed(Roles.ADMIN)
    public List<TrustedCity> cities() {
        return trust.all();
    }

    @PUT
    @Path("cities/{city}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trust a city's public key (or replace it), with its contact")
    @RolesAllowed(Roles.ADMIN)
    public TrustedCity trust(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                             @PathParam("city") String city, @NotNull @Valid TrustRequest body) {
        return trust.trust(Callers.of(admin, request), city, body);
    }

    @POST
    @Path("cities/{city}/revoke")
    @Operation(summary = "Revoke a city: its signatures are quarantined and its matches hidden from now on")
    @RolesAllowed(Roles.ADMIN)
    public TrustedCity revoke(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                              @PathParam("city") String city) {
        return trust.revoke(Callers.of(admin, request), city);
    }

    @GET
    @Path("shares")
    @Operation(summary = "What this city shared or withheld, newest first")
    @RolesAllowed(Roles.ADMIN)
    public List<ShareEntry> shares() {
        return dao.shares(LIST_LIMIT).stream().map(ShareEntry::of).toList();
    }

    @GET
    @Path("quarantine")
    @Operation(summary = "Received records that were quarantined, with the reason, newest first")
    @RolesAllowed(Roles.ADMIN)
    public List<QuarantineEntry> quarantine() {
        return dao.quarantined(LIST_LIMIT).stream().map(QuarantineEntry::of).toList();
    }
}
