package org.bellwether.api.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.notify.Notification;
import org.bellwether.api.notify.Outbox;
import org.bellwether.api.partners.db.HeadsUpDao;
import org.bellwether.api.partners.db.HeadsUpRow;
import org.bellwether.api.playbooks.Playbook;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Narrative;
import org.bellwether.search.SearchService;
import org.jdbi.v3.core.Jdbi;

/**
 * Heads-up briefings to partner groups (not assignments): the narrative's label, the officer's summary and, when a
 * playbook exists for the narrative's leading harm category (else the general one), its talking points in each
 * partner's language (English otherwise). Never post text, authors or pseudonyms. Each partner of the group becomes
 * a recipient who sees it on their page and acknowledges it; those with an e-mail address also get it through the
 * outbox, in the same transaction. Thread-safe.
 */
public final class HeadsUpService {
    private final Jdbi jdbi;
    private final PartnerService partners;
    private final PlaybookService playbooks;
    private final SearchService search;
    private final ContactCipher cipher;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public HeadsUpService(Jdbi jdbi, PartnerService partners, PlaybookService playbooks, SearchService search,
                          ContactCipher cipher, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.partners = partners;
        this.playbooks = playbooks;
        this.search = search;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a heads-up; 404 for an unknown narrative, 409 when the group holds no consenting, active partner. */
    public HeadsUp send(Caller caller, HeadsUpRequest request) {
        Narrative narrative = search.narrative(request.narrativeId())
                .orElseThrow(() -> ApiException.notFound("narrative", request.narrativeId()));
        String category = narrative.harmMix().entrySet().stream().filter(e -> e.getKey().isHarm())
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey().wireName()).orElse(PlaybookService.GENERAL);
        Map<String, List<String>> pointsByLanguage = new HashMap<>();
        Instant now = clock.instant();
        long id = jdbi.inTransaction(handle -> {
            List<Partner> group = partners.group(handle, request.neighbourhoods(), request.communities(),
                    request.languages());
            if (group.isEmpty()) {
                throw ApiException.conflict("no active, consenting partner in this group");
            }
            HeadsUpDao dao = handle.attach(HeadsUpDao.class);
            long headsUp = dao.insert(narrative.narrativeId(), narrative.label(), request.summary().strip(),
                    PartnerService.array(points(category, "en", pointsByLanguage)),
                    PartnerService.array(request.neighbourhoods()), PartnerService.array(request.communities()),
                    PartnerService.array(request.languages()), caller.actor(), now);
            int mailed = 0;
            for (Partner partner : group) {
                dao.addRecipient(headsUp, partner.id());
                String email = partners.openContact(partner.contactSealed());
                if (email == null) {
                    continue;
                }
                String language = partner.language();
                HeadsUpTexts texts = HeadsUpTexts.of(language);
                StringBuilder body = new StringBuilder(texts.intro()).append("\n\n")
                        .append(texts.summary()).append(":\n").append(request.summary().strip()).append('\n');
                List<String> points = points(category, language, pointsByLanguage);
                if (!points.isEmpty()) {
                    body.append('\n').append(texts.talkingPoints()).append(":\n");
                    points.forEach(p -> body.append("- ").append(p).append('\n'));
                }
                body.append('\n').append(texts.acknowledge());
                // the outbox opens every recipient as a contact address
                Outbox.enqueue(handle, new Notification(Notification.EMAIL, null,
                        cipher.seal(email, MessengerService.CONTACT_PURPOSE),
                        texts.subject().replace("{label}", narrative.label()), body.toString(),
                        "headsup:" + headsUp + ":" + partner.id()));
                mailed++;
            }
            audit.record(handle, caller, "partner.headsup.send", "narrative", narrative.narrativeId(), Map.of(
                    "headsUp", headsUp, "partners", group.size(), "emails", mailed));
            return headsUp;
        });
        return get(id);
    }

    /** Every heads-up, newest first, with its counts (officers). */
    public List<HeadsUp> list() {
        return jdbi.onDemand(HeadsUpDao.class).list().stream().map(row -> toDomain(row, List.of())).toList();
    }

    /** One heads-up with who it went to and who acknowledged (officers). */
    public HeadsUp get(long id) {
        HeadsUpDao dao = jdbi.onDemand(HeadsUpDao.class);
        HeadsUpRow row = dao.find(id).orElseThrow(() -> ApiException.notFound("heads-up", Long.toString(id)));
        return toDomain(row, dao.recipients(id).stream().map(r -> new HeadsUp.Recipient(r.partnerId(),
                r.organisation(), r.kind(), r.acknowledgedAt())).toList());
    }

    /** The heads-ups a partner received, newest first, each with their own acknowledgement. */
    public List<HeadsUp> forPartner(long userId) {
        Partner partner = partners.forUser(userId);
        return jdbi.onDemand(HeadsUpDao.class).forPartner(partner.id()).stream()
                .map(row -> toDomain(row, List.of())).toList();
    }

    /** A partner acknowledges a heads-up they received (once; again is harmless); 404 for any other. */
    public void acknowledge(Caller caller, long userId, long headsUpId) {
        Partner partner = partners.forUser(userId);
        jdbi.useTransaction(handle -> {
            if (handle.attach(HeadsUpDao.class).acknowledge(headsUpId, partner.id(), clock.instant()) == 0) {
                throw ApiException.notFound("heads-up", Long.toString(headsUpId));
            }
            audit.record(handle, caller, "partner.headsup.acknowledge", "partner", Long.toString(partner.id()),
                    Map.of("headsUp", headsUpId));
        });
    }

    private List<String> points(String category, String language, Map<String, List<String>> cache) {
        List<String> cached = cache.get(language);
        if (cached != null) {
            return cached;
        }
        Optional<Playbook> playbook = playbooks.latest(category, language)
                .or(() -> playbooks.latest(PlaybookService.GENERAL, language));
        List<String> points = playbook.isPresent() ? playbook.get().talkingPoints()
                : "en".equals(language) ? List.of() : points(category, "en", cache);
        cache.put(language, points);
        return points;
    }

    private static HeadsUp toDomain(HeadsUpRow row, List<HeadsUp.Recipient> recipients) {
        return new HeadsUp(row.id(), row.narrativeId(), row.label(), row.summary(),
                PartnerService.list(row.talkingPoints()), PartnerService.list(row.neighbourhoods()),
                PartnerService.list(row.communities()), PartnerService.list(row.languages()), row.sentBy(),
                row.sentAt(), row.recipients(), row.acknowledged(), row.acknowledgedAt(), recipients);
    }
}
