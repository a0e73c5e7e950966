package org.bellwether.api.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.ProblemResponses;
import org.bellwether.api.common.Public;
import org.bellwether.api.intake.tips.AddressRateLimiter;
import org.bellwether.api.intake.tips.ClientNetwork;
import org.bellwether.api.common.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where browsers report Content-Security-Policy violations of the dashboard ({@code report-uri}): anyone may
 * post (browsers send no credentials), admins read the latest report per directive. A violation on a page that
 * renders only text means something tried to run or load: it is logged as a warning. Each client address may send
 * {@value #BURST} reports at once and {@value #PER_HOUR} an hour (a page that violates sends a few, a flood gets a
 * 429 with {@code Retry-After}).
 */
@Tag(name = "CspReport", description = "Where browsers report Content-Security-Policy violations of the dashboard; "
        + "admins read the latest reports")
@Path(SecurityHeadersFilter.REPORT_PATH)
public class CspReportResource {
    static final int BURST = 20;
    static final int PER_HOUR = 120;
    private static final Logger LOG = LoggerFactory.getLogger(CspReportResource.class);
    private final CspReports reports;
    private final AddressRateLimiter limiter;

    public CspReportResource(CspReports reports, Clock clock) {
        this.reports = reports;
        this.limiter = new AddressRateLimiter(PER_HOUR, BURST, clock);
    }

    @POST
    @Operation(summary = "A browser reports a Content-Security-Policy violation (no credentials needed)")
    @Consumes(MediaType.WILDCARD)
    @Public
    public Response report(@Context ContainerRequestContext request,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        String address = ClientNetwork.of(Callers.remoteAddr(request));
        if (!limiter.tryAcquire(address)) {
            return Response.fromResponse(ProblemResponses.of(429, "Too Many Requests",
                    "too many violation reports from this address", List.of()))
                    .header("Retry-After", Math.max(1, limiter.retryAfter(address).toSeconds())).build();
        }
        reports.add(contentType, body);
        long total = reports.total();
        if (total <= 20 || total % 1000 == 0) { // the endpoint is public: the log stays bounded too
            LOG.warn("Content-Security-Policy violation reported ({} so far)", total);
        }
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "The latest violation report per directive")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> latest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", reports.total());
        body.put("reports", reports.latest());
        return body;
    }
}
