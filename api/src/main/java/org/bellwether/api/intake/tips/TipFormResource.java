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
import org.bellwether.api.common.PublicEndpoint;

/**
 * The public tip form: {@code GET /tips?lang=xx} shows it (language from the parameter, else Accept-Language),
 * {@code POST /tips} takes it and answers with the reference number in the tipster's language, or the form again
 * with its errors. Public and unauthenticated by design: the api registers it outside its auth filter. Every answer
 * carries a strict Content-Security-Policy (no script at all), no-store caching and no referrer.
 * Thread-safe.
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

    /**
     * @param intake         the intake every channel shares
     * @param neighbourhoods the names offered in the form
     * @param action         the form's own path as the browser sees it, e.g. {@code /tips}
     */
    public TipFormResource(TipIntake intake, Supplier<List<String>> neighbourhoods, String action) {
        this.intake = intake;
        this.neighbourhoods = neighbourhoods;
        this.action = action;
    }

    @Operation(summary = "The tip form in the resident's language (lang, else Accept-Language)")
    @GET
    @Produces("text/html")
    public Response form(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        String language = chooseLanguage(lang, acceptLanguage);
        return page(200, TipFormPage.form(language, action, neighbourhoods.get(), Map.of(), List.of()));
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
    public Response submit(MultivaluedMap<String, String> form, @Context HttpServletRequest request) {
        return submitFrom(form, request == null ? "unknown" : request.getRemoteAddr());
    }

    /** The same, with the sender's address given (for tests and other front ends). */
    public Response submitFrom(MultivaluedMap<String, String> form, String address) {
        String language = TipIntake.language(form.getFirst("lang"));
        String text = form.getFirst("text");
        String urls = form.getFirst("urls");
        TipSubmission submission = new TipSubmission("web", text,
                urls == null ? List.of() : Arrays.asList(urls.split("\\R")), language, form.getFirst("neighbourhood"),
                form.getFirst("contact"), form.getFirst("consent") != null, form.getFirst("website"));
        TipIntake.Outcome outcome = intake.submit(submission, address);
        return switch (outcome.status()) {
            case ACCEPTED, DISCARDED -> page(200, TipFormPage.thanks(language, action, outcome.reference()));
            case RATE_LIMITED -> page(429, TipFormPage.message(language, action, "rate"));
            case FAILED -> page(503, TipFormPage.message(language, action, "unavailable"));
            case INVALID -> {
                Map<String, String> values = new HashMap<>();
                values.put("text", text == null ? "" : text);
                values.put("urls", urls == null ? "" : urls);
                values.put("contact", form.getFirst("contact") == null ? "" : form.getFirst("contact"));
                values.put("neighbourhood", form.getFirst("neighbourhood") == null ? "" : form.getFirst("neighbourhood"));
                yield page(400, TipFormPage.form(language, action, neighbourhoods.get(), values, outcome.errors()));
            }
        };
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
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }
}
