package org.bellwether.api.dashboard;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.model.CityMap;
import org.bellwether.search.SearchService;
import org.jdbi.v3.core.Jdbi;

/**
 * The dashboard's wiring, called once from the application's composition root: the static pages under
 * {@value #UI_PATH} (plain ES modules and CSS from {@code src/main/resources/assets}, no build step) with their
 * security headers, and the few endpoints the pages need beside the JSON API (export, map, pulse, timeline, CSP
 * reports). The pages call the same JSON API as any other client.
 */
public final class Dashboard {
    public static final String UI_PATH = "/ui";
    static final String ASSETS = "/assets";

    private Dashboard() {
    }

    public static void register(Environment environment, SearchService search, AuditTrail audit, Jdbi jdbi,
                                CityMap city, byte[] cityGeoJson, Clock clock) {
        environment.servlets().addServlet("dashboard", new AssetServlet(ASSETS, UI_PATH, "index.html",
                StandardCharsets.UTF_8)).addMapping(UI_PATH + "/*");
        environment.servlets().addFilter("dashboard-security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, UI_PATH + "/*");

        environment.jersey().register(new DashboardResource());
        environment.jersey().register(new CspReportResource(new CspReports(clock)));
        environment.jersey().register(new SearchExportResource(search, audit, clock));
        environment.jersey().register(new CityMapResource(new MapActivity(search, city), cityGeoJson,
                audit, clock));
        environment.jersey().register(new PulseResource(jdbi, search, clock));
        environment.jersey().register(new TimelineResource(jdbi, audit));
    }
}
