package org.bellwether.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CspReportsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
    private static final CspReports REPORTS = new CspReports(CLOCK);
    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addResource(new CspReportResource(REPORTS, CLOCK)).build();

    private static String reportUri(String directive, String blocked) {
        return "{\"csp-report\":{\"document-uri\":\"https://city.example/ui/\",\"violated-directive\":\"" + directive
                + "\",\"blocked-uri\":\"" + blocked + "\"}}";
    }

    @Test
    void keepsOnlyTheLatestReportPerDirectiveInBothFormats() {
        CspReports reports = new CspReports(CLOCK);
        reports.add("application/csp-report", reportUri("script-src-elem 'self'", "https://evil.example/a.js"));
        reports.add("application/csp-report", reportUri("script-src-elem", "https://evil.example/b.js"));
        reports.add("application/reports+json", "[{\"type\":\"csp-violation\",\"body\":{\"effectiveDirective\":"
                + "\"style-src\",\"blockedURL\":\"inline\"}}]");
        reports.add("text/plain", "not json at all");
        reports.add("application/csp-report", reportUri("<script>", "x"));
        assertThat(reports.total()).isEqualTo(5);
        assertThat(reports.latest()).extracting(CspReports.Report::directive)
                .containsExactlyInAnyOrder("script-src-elem", "style-src", "unknown");
        assertThat(reports.latest()).filteredOn(report -> report.directive().equals("script-src-elem"))
                .singleElement().satisfies(report -> assertThat(report.body()).contains("b.js"));
    }

    @Test
    void aFloodOfDirectiveNamesCannotGrowTheKeptReports() {
        CspReports reports = new CspReports(CLOCK);
        for (int i = 0; i < 500; i++) {
            reports.add("application/csp-report", reportUri("made-up-" + i, "x"));
        }
        assertThat(reports.latest()).hasSizeLessThanOrEqualTo(CspReports.MAX_DIRECTIVES);
    }

    @Test
    void theAnonymousEndpointIsRateLimitedWithRetryAfter() {
        int accepted = 0;
        Response last = null;
        for (int i = 0; i < CspReportResource.BURST + 5; i++) {
            last = RESOURCES.target("/api/csp-reports").request()
                    .post(Entity.entity(reportUri("img-src", "x" + i), "application/csp-report"));
            if (last.getStatus() == 204) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(CspReportResource.BURST);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(last.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(REPORTS.total()).isEqualTo(CspReportResource.BURST);
    }
}
