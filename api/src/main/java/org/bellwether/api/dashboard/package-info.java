/**
 * The dashboard: web pages for officers, messengers, analysts and admins, served by the api and calling the same
 * JSON API as any other client.
 *
 * <h2>Pages</h2>
 * Plain ES modules and CSS in {@code api/src/main/resources/assets} (no build step, no third-party code), served at
 * {@code /ui/} by an {@code AssetServlet}; {@code /} redirects there. Hash routes: {@code #/login},
 * {@code #/triage} (officer, admin; analysts read), {@code #/narratives/<id>}, {@code #/inbox} (messenger, phone
 * first, en/es/fr/ar with right-to-left Arabic), {@code #/search} (analyst, officer, admin), {@code #/map},
 * {@code #/partner} (partner: heads-ups, observations),
 * {@code #/admin/users|messengers|playbooks|sources|retention|audit} (admin). The bearer token from
 * {@code POST /api/auth/login} is kept in {@code sessionStorage}. Every piece of untrusted text is a text node
 * ({@code js/dom.js} has no way to build HTML from a string); charts, sparklines and the map are hand-written SVG.
 *
 * <h2>Security headers</h2>
 * {@link SecurityHeadersFilter}: {@code script-src 'self'}, {@code style-src 'self'} (no inline script, no style
 * attribute), no eval, {@code object-src 'none'}, {@code frame-ancestors 'none'}, Trusted Types required (an
 * {@code innerHTML} assignment throws), violations reported to {@code POST /api/csp-reports}.
 *
 * <h2>Endpoints added for the pages (role rules)</h2>
 * <ul>
 * <li>{@code GET /} — public: redirect to {@code /ui/}</li>
 * <li>{@code GET /api/search/posts/export?format=csv|json&q=&lang=&from=&to=&narrativeId=&category=&neighbourhood=
 *     &source=&limit=} — analyst, officer, admin; audited as {@code search.export}; formula injection defused
 *     ({@link ExportFormat})</li>
 * <li>{@code GET /api/map?from=&to=} — officer, analyst, admin; posts of flagged narratives and tips per
 *     neighbourhood; audited as {@code map.view}</li>
 * <li>{@code GET /api/map/city.geojson} — any signed-in user: the city's neighbourhoods</li>
 * <li>{@code GET /api/map/threats?from=&to=&category=} and {@code GET /api/map/threats/export} (CSV) — officer,
 *     analyst, admin; threats over time ({@link ThreatMap}): per neighbourhood, harm category and ISO week, posts of
 *     flagged narratives and tips beside the week before, and the period beside the one before; counted by the
 *     search replica from its index; audited as {@code map.threats.view} and {@code map.threats.export}</li>
 * <li>{@code GET /api/map/base-layer} — any signed-in user: the base map's tile URL template ({@code mapTileUrl},
 *     empty by default: no tiles, no request beyond this server) and attribution; Leaflet itself is served from its
 *     WebJar under {@code /ui/vendor/leaflet/}</li>
 * <li>{@code GET /api/dashboard/pulse} — officer, analyst, admin: a cheap change fingerprint the triage page polls</li>
 * <li>{@code GET /api/narratives/{id}/timeline} — officer, analyst, admin: alerts and responses to mark on the
 *     volume chart; audited</li>
 * <li>{@code POST /api/csp-reports} — public (browsers send no credentials), bounded;
 *     {@code GET /api/csp-reports} — admin</li>
 * </ul>
 *
 * <h2>Tests</h2>
 * Here: {@code DashboardAppTest}, {@code ExportFormatTest}, {@code AssetHygieneTest}. In a real browser (headless
 * Chromium, Selenium, axe-core): {@code ops/src/test/java/org/bellwether/ops/browser}, screenshots in
 * {@code ops/target/screenshots}.
 */
package org.bellwether.api.dashboard;
