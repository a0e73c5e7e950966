package org.bellwether.api.intake.tips;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.bellwether.api.common.ClientAddressFilter;
import org.bellwether.api.common.PublicEndpoint;

/**
 * The public tip form: {@code GET /tips?lang=xx} shows it (language from the parameter, else Accept-Language),
 * {@code POST /tips} takes it and answers with the reference number in the tipster's language, or the form again
 * with its errors. Public and unauthenticated by design: the api registers it outside its auth filter. Every answer
 * carries a strict Content-Security-Policy (no script at all), no-store caching and no referrer to other sites.
 *
 * <p>A post is taken only from a page this city served: its {@code Origin} must be the form's own site or an allowed
 * one ({@link FormOrigins}; else 403), and it must carry the signed, expiring token issued with the form
 * ({@link TipFormTokens}; else the form is shown again, with what was typed, to send once more). Web clients are
 * counted by IPv4 address or IPv6 /64 ({@link ClientNetwork}); a limited resident gets a 429 with
 * {@code Retry-After} and the wait in their language. Thread-safe.
 */
@PublicEndpoint
@Tag(name = "Intake", description = "Public entry points: the tip form, the SMS line, partner webhooks")
@Path("/tips")
public final class TipFormResource {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";
    private static final MediaType HTML = MediaType.valueOf("text/html; charset=UTF-8");

    private final TipIntake intake;
    private final Supplier<List<String>> neighbourhoods;
    private final String action;
    private final TipFormTokens tokens;
    private final FormOrigins origins;

    /**
     * @param intake         the intake every channel shares
     * @param neighbourhoods the names offered in the form
     * @param action         the form's own path as the browser sees it, e.g. {@code /tips}
     * @param tokens         issues and checks the per-form tokens
     * @param origins        the pages allowed to post the form
     */
    public TipFormResource(TipIntake intake, Supplier<List<String>> neighbourhoods, String action,
                           TipFormTokens tokens, FormOrigins origins) {
        this.intake = intake;
        this.neighbourhoods = neighbourhoods;
        this.action = action;
        this.tokens = tokens;
        this.origins = origins;
    }

    @Operation(summary = "The tip form in the resident's language (lang, else Accept-Language)")
    @GET
    @Produces("text/html")
    public Response form(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        String language = chooseLanguage(lang, acceptLanguage);
        return page(200, TipFormPage.form(language, action, tokens.issue(), neighbourhoods.get(), Map.of(),
                List.of()));
    }

    @Operation(summary = "The tip form's style sheet")
    @GET
    @Path("form.css")
    @Produces("text/css")
    public Response css() {
        return Response.ok(TipFormPage.CSS, MediaType.valueOf("text/css; charset=UTF-8"))
                .header("Cache-Control", "public, max-age=3600").header("X-Content-Type-Options", "nosniff").build();
    }

    @Operation(summary = "Submit a tip with consent; answered with its reference number")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html")
    public Response submit(MultivaluedMap<String, String> form, @HeaderParam("Origin") String origin,
                           @HeaderParam("Host") String host, @Context HttpServletRequest request) {
        String address = request == null ? "unknown" : ClientAddressFilter.of(request);
        String language = TipIntake.language(form.getFirst("lang"));
        String sender = ClientNetwork.of(address);
        if (!origins.allows(origin, host)) {
            TipIntake.Outcome outcome = intake.refused("web", sender, List.of("origin"));
            return outcome.status() == TipIntake.Status.RATE_LIMITED ? limited(language, outcome)
                    : page(403, TipFormPage.message(language, action, "origin"));
        }
        String token = form.getFirst("formToken");
        if (!tokens.valid(token)) {
            TipIntake.Outcome outcome = intake.refused("web", sender, List.of("expired"));
            return outcome.status() == TipIntake.Status.RATE_LIMITED ? limited(language, outcome)
                    : formAgain(form, language, outcome.errors());
        }
        Response response = submitFrom(form, sender);
        if (response.getStatus() == 200) {
            tokens.spend(token);
        }
        return response;
    }

    /** Takes a form whose origin and token were checked, from the sender's address or network. */
    Response submitFrom(MultivaluedMap<String, String> form, String address) {
        String language = TipIntake.language(form.getFirst("lang"));
        String text = form.getFirst("text");
        String urls = form.getFirst("urls");
        TipSubmission submission = new TipSubmission("web", text,
                urls == null ? List.of() : Arrays.asList(urls.split("\\R")), language, form.getFirst("neighbourhood"),
                form.getFirst("contact"), "yes".equals(form.getFirst("consent")), form.getFirst("website"));
        TipIntake.Outcome outcome = intake.submit(submission, address);
        return switch (outcome.status()) {
            case ACCEPTED, DISCARDED -> page(200, TipFormPage.thanks(language, action, outcome.reference()));
            case RATE_LIMITED -> limited(language, outcome);
            case FAILED -> page(503, TipFormPage.message(language, action, "unavailable"));
            case INVALID -> formAgain(form, language, outcome.errors());
        };
    }

    /** The form again, as typed, with its errors and a fresh token. */
    private Response formAgain(MultivaluedMap<String, String> form, String language, List<String> errors) {
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("text", "urls", "contact", "neighbourhood")) {
            values.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        return page(400, TipFormPage.form(language, action, tokens.issue(), neighbourhoods.get(), values, errors));
    }

    /** 429 with Retry-After in seconds, and the wait in whole minutes (at least one) in the resident's language. */
    private Response limited(String language, TipIntake.Outcome outcome) {
        long seconds = Math.max(1, outcome.retryAfter().toSeconds());
        String minutes = String.valueOf(Math.max(1, (seconds + 59) / 60));
        String html = TipFormPage.message(language, action, "rate", Map.of("minutes", minutes));
        return Response.fromResponse(page(429, html)).header("Retry-After", seconds).build();
    }

    static String chooseLanguage(String lang, String acceptLanguage) {
        if (lang != null && TipIntake.LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            return lang.toLowerCase(Locale.ROOT);
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0];
                    if (TipIntake.LANGUAGES.contains(code)) {
                        return code;
                    }
                }
            } catch (IllegalArgumentException e) {
                // malformed header: default
            }
        }
        return "en";
    }

    private static Response page(int status, String html) {
        return Response.status(status).type(HTML).entity(html)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                // no referrer to other sites; same-origin, so the browser names the form's origin when it posts it
                // (under no-referrer a browser sends "Origin: null", which the Origin check refuses)
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store")
                .build();
    }
}
