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
import java.util.LinkedHashMap;
import java.util.Map;
import org.bellwether.api.common.Public;
import org.bellwether.api.common.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where browsers report Content-Security-Policy violations of the dashboard ({@code report-uri}): anyone may
 * post (browsers send no credentials), admins read the latest reports. A violation on a page that renders only
 * text means something tried to run or load: it is logged as a warning.
 */
@Tag(name = "CspReport", description = "Where browsers report Content-Security-Policy violations of the dashboard; "
        + "admins read the latest reports")
@Path(SecurityHeadersFilter.REPORT_PATH)
public class CspReportResource {
    private static final Logger LOG = LoggerFactory.getLogger(CspReportResource.class);
    private final CspReports reports;

    public CspReportResource(CspReports reports) {
        this.reports = reports;
    }

    @POST
    @Operation(summary = "A browser reports a Content-Security-Policy violation (no credentials needed)")
    @Consumes(MediaType.WILDCARD)
    @Public
    public Response report(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        reports.add(contentType, body);
        long total = reports.total();
        if (total <= 20 || total % 1000 == 0) { // the endpoint is public: the log stays bounded too
            LOG.warn("Content-Security-Policy violation reported ({} so far)", total);
        }
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "The latest violation reports")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> latest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", reports.total());
        body.put("reports", reports.latest());
        return body;
    }
}
