package org.bellwether.api.partners;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.intake.tips.TipIntake;
import org.bellwether.api.intake.tips.TipSubmission;

/**
 * A signed-in partner's structured observations enter the stream the way every tip does ({@link TipIntake}: rate
 * limit, validation, {@code tips.raw}), attributed to the partner's organisation (channel
 * {@code partner:<organisation>}, so the stream's source reads {@code tip:partner:<organisation>}) and consented: a
 * partner's registration holds their consent, and each observation records it again. No contact travels: the
 * registry already knows the partner. Thread-safe.
 */
public final class PartnerObservations {
    private final PartnerService partners;
    private final TipIntake tips;
    private final DatabaseAuditTrail audit;

    /** @param tips the tip intake, or null when this server has no Kafka (observations then answer 503) */
    public PartnerObservations(PartnerService partners, TipIntake tips, DatabaseAuditTrail audit) {
        this.partners = partners;
        this.tips = tips;
        this.audit = audit;
    }

    public ObservationView submit(Caller caller, long userId, ObservationRequest request) {
        Partner partner = partners.forUser(userId);
        if (!partner.active() || !partner.consent()) {
            throw ApiException.conflict("this partner registration is inactive or holds no consent");
        }
        if (tips == null) {
            throw new ApiException(503, "Service Unavailable",
                    "observations are not taken on this server (no stream)", List.of());
        }
        String channel = channel(partner.organisation());
        TipIntake.Outcome outcome = tips.submit(new TipSubmission(channel, request.what(),
                request.link() == null || request.link().isBlank() ? List.of() : List.of(request.link().strip()),
                request.language() == null ? partner.language() : request.language(), request.neighbourhood(),
                null, true, null), "partner-" + partner.id());
        return switch (outcome.status()) {
            case ACCEPTED -> {
                audit.record(caller, "partner.observation", "partner", Long.toString(partner.id()), Map.of(
                        "reference", outcome.reference(), "source", "tip:" + channel, "consent", true));
                yield new ObservationView(outcome.reference(), "tip:" + channel);
            }
            case INVALID -> throw ApiException.invalid(String.join(",", outcome.errors()),
                    "not accepted: " + String.join(", ", outcome.errors()));
            case RATE_LIMITED -> throw new ApiException(429, "Too Many Requests",
                    "too many observations at once; try again later", List.of());
            default -> throw new ApiException(503, "Service Unavailable",
                    "the stream is unavailable; try again later", List.of());
        };
    }

    /** {@code partner:<organisation>}, the organisation's name as a lower-case slug. */
    static String channel(String organisation) {
        String slug = Normalizer.normalize(organisation, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "partner:" + (slug.isEmpty() ? "unnamed" : slug.length() > 60 ? slug.substring(0, 60) : slug);
    }
}
