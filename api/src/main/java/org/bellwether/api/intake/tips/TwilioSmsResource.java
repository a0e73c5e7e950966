package org.bellwether.api.intake.tips;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.api.assignments.MessengerReplies;
import org.bellwether.api.common.PublicEndpoint;
import org.bellwether.api.notify.DeliveryReports;
import org.bellwether.ingest.CollectorCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS tip line, as a Twilio Messaging webhook ({@code POST /tips/sms}, form-encoded {@code From}, {@code Body},
 * {@code NumMedia}, {@code MediaUrl0..}). The {@code X-Twilio-Signature} is checked against the public URL Twilio
 * calls (configured: a proxy changes the URL the server sees) before anything is read; a bad signature is a 403.
 * Consent is asked for by reply and the message held until the tipster answers YES. Media are never downloaded:
 * their links go with the tip. Answers are TwiML in the language of the first message (heuristic, English default).
 * A known messenger's {@code ACCEPT}/{@code DECLINE} reply to an offer is answered as such and never becomes a tip;
 * {@code POST /tips/sms/status} takes the gateway's delivery reports (signed the same way). Thread-safe.
 */
@PublicEndpoint
@Tag(name = "Intake")
@Path("/tips/sms")
public final class TwilioSmsResource {
    private static final Logger LOG = LoggerFactory.getLogger(TwilioSmsResource.class);
    private static final Map<String, String[]> REPLIES = Map.of(
            "en", new String[] {"Thank you. To let the city use your report, reply YES. Your number is stored encrypted.",
                "Thank you, your report was received. Reference: ", "Please try again later."},
            "es", new String[] {"Gracias. Para que la ciudad pueda usar su informe, responda SI. Su número se guarda cifrado.",
                "Gracias, recibimos su informe. Referencia: ", "Inténtelo más tarde."},
            "fr", new String[] {"Merci. Pour que la ville puisse utiliser votre signalement, répondez OUI. Votre numéro est"
                + " chiffré.", "Merci, signalement reçu. Référence : ", "Réessayez plus tard."},
            "ar", new String[] {"شكرًا. لتسمح للمدينة باستخدام بلاغك، أرسل نعم. يُحفظ رقمك مشفرًا.",
                "شكرًا، تم استلام بلاغك. الرقم المرجعي: ", "يرجى المحاولة لاحقًا."});

    private final TipIntake intake;
    private final String authToken;
    private final String publicUrl;
    private final SmsConsent consent;
    private final MessengerReplies replies;
    private final DeliveryReports deliveries;
    private final Clock clock;
    private final CollectorCounters counters;

    public TwilioSmsResource(TipIntake intake, String authToken, String publicUrl, Clock clock) {
        this(intake, authToken, publicUrl, clock, MessengerReplies.NONE, null, new CollectorCounters("sms"));
    }

    /**
     * @param authToken the Twilio auth token that signs requests
     * @param publicUrl the exact URL configured in Twilio for this webhook, e.g. {@code https://city.example/tips/sms}
     * @param replies   recognises a messenger answering an offer ({@code ACCEPT K7M2QX}) before it is taken for a tip
     * @param deliveries where the gateway's delivery reports ({@code /tips/sms/status}) are recorded, or null
     * @param counters  the SMS line's counters: messages handled, refused requests, the last message
     */
    public TwilioSmsResource(TipIntake intake, String authToken, String publicUrl, Clock clock,
                             MessengerReplies replies, DeliveryReports deliveries, CollectorCounters counters) {
        this.counters = counters;
        this.replies = replies;
        this.deliveries = deliveries;
        this.clock = clock;
        this.intake = intake;
        this.authToken = authToken;
        this.publicUrl = publicUrl;
        this.consent = new SmsConsent(clock);
    }

    @Operation(summary = "An SMS tip from the Twilio gateway (signed with X-Twilio-Signature)")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("application/xml")
    public Response receive(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!TwilioSignature.valid(authToken, publicUrl, params, signature)) {
            LOG.warn("SMS webhook refused: bad or missing X-Twilio-Signature");
            counters.invalid();
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("invalid signature").build();
        }
        String from = params.getOrDefault("From", "");
        String body = params.getOrDefault("Body", "");
        counters.collected(null, clock.instant());
        java.util.Optional<String> offerAnswer = replies.answer("sms", from, body);
        if (offerAnswer.isPresent()) {
            return twiml(offerAnswer.get());
        }
        if (SmsConsent.isYes(body)) {
            SmsConsent.Held held = consent.release(from);
            if (held != null) {
                TipSubmission given = held.submission();
                TipSubmission withConsent = new TipSubmission(given.channel(), given.text(), given.urls(),
                        given.language(), null, from, true, null);
                TipIntake.Outcome outcome = intake.submit(withConsent, from);
                String lang = given.language();
                return outcome.status() == TipIntake.Status.ACCEPTED
                        ? twiml(REPLIES.get(lang)[1] + outcome.reference())
                        : twiml(REPLIES.get(lang)[2]);
            }
        }
        List<String> media = new ArrayList<>();
        int count = parse(params.get("NumMedia"));
        for (int i = 0; i < Math.min(count, 10); i++) {
            String url = params.get("MediaUrl" + i);
            if (url != null) {
                media.add(url);
            }
        }
        String lang = TipLanguage.guess(body);
        consent.hold(from, new TipSubmission("sms", body, media, lang, null, from, false, null));
        return twiml(REPLIES.get(lang)[0]);
    }

    @Operation(summary = "The SMS gateway's delivery report of a message sent (Twilio StatusCallback, signed)")
    @ApiResponse(responseCode = "403", description = "bad or missing X-Twilio-Signature")
    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response status(MultivaluedMap<String, String> form,
                           @HeaderParam("X-Twilio-Signature") String signature) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        if (!TwilioSignature.valid(authToken, publicUrl.replaceAll("/+$", "") + "/status", params, signature)) {
            LOG.warn("SMS status callback refused: bad or missing X-Twilio-Signature");
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("invalid signature").build();
        }
        if (deliveries != null) {
            String error = params.get("ErrorCode");
            deliveries.report("sms", params.get("MessageSid"), params.get("MessageStatus"), clock.instant(),
                    error == null || error.isBlank() ? null : "error " + error);
        }
        return Response.ok("ok", MediaType.TEXT_PLAIN).build();
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Response twiml(String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
                + TipFormPage.escape(message) + "</Message></Response>";
        return Response.ok(xml, MediaType.valueOf("application/xml; charset=UTF-8")).build();
    }
}
