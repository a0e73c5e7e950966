package org.bellwether.api.audit;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.audit.db.AuditDao;
import org.bellwether.api.audit.db.AuditRecord;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Callers;
import org.bellwether.api.common.Csv;
import org.bellwether.api.common.Page;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.common.SelfAudited;
import org.bellwether.model.Json;

/** The audit log: admin-only reading and export. Reading it is audited too. */
@Tag(name = "Audit", description = "The audit log: admin-only reading and export. Reading it is audited too")
@Path("/api/audit")
public class AuditResource {
    private static final int EXPORT_PAGE = 1000;
    private static final int EXPORT_MAX = 100_000;

    private final AuditDao log;
    private final AuditChain chain;
    private final AuditTrail audit;

    public AuditResource(AuditDao log, AuditChain chain, AuditTrail audit) {
        this.log = log;
        this.chain = chain;
        this.audit = audit;
    }

    @GET
    @SelfAudited
    @Operation(summary = "Audit records by actor, action, target and period, newest first")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Page<AuditRecord> list(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                                  @QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("targetType") String targetType,
                                  @QueryParam("targetId") String targetId,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
        Params.range("page", page, 0, 100_000);
        Params.range("pageSize", pageSize, 1, 500);
        Filter filter = new Filter(actor, action, targetType, targetId, from, to);
        List<AuditRecord> rows = filter.find(log, pageSize, page * pageSize);
        audit.record(Callers.of(admin, request), "audit.read", "audit", null, filter.describe());
        return new Page<>(filter.count(log), page, pageSize, rows);
    }

    @GET
    @SelfAudited
    @Operation(summary = "Checks the audit log's hash chain: intact, or the first row that was changed")
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AuditChain.Verification verify(@Auth UserPrincipal admin, @Context ContainerRequestContext request) {
        AuditChain.Verification result = chain.verify();
        audit.record(Callers.of(admin, request), "audit.verify", "audit", null,
                Map.of("intact", result.intact(), "rows", result.rows()));
        return result;
    }

    @GET
    @SelfAudited
    @Operation(summary = "The audit records as CSV or JSON")
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    public Response export(@Auth UserPrincipal admin, @Context ContainerRequestContext request,
                           @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw ApiException.invalid("format", "expected csv or json");
        }
        Filter filter = new Filter(actor, action, targetType, targetId, from, to);
        Map<String, Object> detail = new LinkedHashMap<>(filter.describe());
        detail.put("format", format);
        audit.record(Callers.of(admin, request), "audit.export", "audit", null, detail);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            boolean csv = format.equals("csv");
            writer.write(csv ? "id,at,actor,role,action,target_type,target_id,detail,remote_addr\n" : "[");
            boolean first = true;
            for (int offset = 0; offset < EXPORT_MAX; offset += EXPORT_PAGE) {
                List<AuditRecord> rows = filter.find(log, EXPORT_PAGE, offset);
                for (AuditRecord row : rows) {
                    if (csv) {
                        writer.write(Csv.row(Long.toString(row.id()), row.at().toString(), row.actor(), row.role(),
                                row.action(), row.targetType(), row.targetId(), row.detail(), row.remoteAddr()));
                    } else {
                        writer.write((first ? "" : ",") + Json.writeString(row));
                    }
                    first = false;
                }
                if (rows.size() < EXPORT_PAGE) {
                    break;
                }
            }
            if (!csv) {
                writer.write("]");
            }
            writer.flush();
        };
        String filename = "audit-" + Instant.now().toString().replace(':', '-') + "." + format;
        return Response.ok(body, format.equals("csv") ? "text/csv; charset=utf-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private record Filter(String actor, String action, String targetType, String targetId, String from,
                          String to) {
        Filter {
            Params.ordered("from", Params.instant("from", from), "to", Params.instant("to", to));
        }

        List<AuditRecord> find(AuditDao dao, int limit, int offset) {
            return dao.find(Params.blankToNull(actor), Params.blankToNull(action), Params.blankToNull(targetType),
                    Params.blankToNull(targetId), Params.instant("from", from), Params.instant("to", to), limit,
                    offset);
        }

        long count(AuditDao dao) {
            return dao.count(Params.blankToNull(actor), Params.blankToNull(action), Params.blankToNull(targetType),
                    Params.blankToNull(targetId), Params.instant("from", from), Params.instant("to", to));
        }

        Map<String, Object> describe() {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("actor", actor);
            detail.put("action", action);
            detail.put("targetType", targetType);
            detail.put("targetId", targetId);
            detail.put("from", from);
            detail.put("to", to);
            return detail;
        }
    }
}
