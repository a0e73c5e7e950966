package org.bellwether.api.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.partners.db.PartnerDao;
import org.bellwether.api.partners.db.PartnerRow;
import org.bellwether.model.ContactCipher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The partner registry. Contacts are sealed with {@link ContactCipher} (purpose {@value #CONTACT_PURPOSE}) before
 * they reach the database and opened only for an officer who gives a reason ({@link #contact}, audited as
 * {@code partner.contact.reveal}). Consent is recorded with its time. Every change is audited. Thread-safe.
 */
public final class PartnerService {
    public static final String CONTACT_PURPOSE = "partner-contact";
    static final int MAX_REASON = 500;

    private final Jdbi jdbi;
    private final ContactCipher cipher;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public PartnerService(Jdbi jdbi, ContactCipher cipher, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Partner> list() {
        return jdbi.onDemand(PartnerDao.class).list().stream().map(PartnerService::toDomain).toList();
    }

    public Partner get(long id) {
        return jdbi.onDemand(PartnerDao.class).find(id).map(PartnerService::toDomain)
                .orElseThrow(() -> ApiException.notFound("partner", Long.toString(id)));
    }

    /** The signed-in partner's own registration; 404 when their account is linked to none. */
    public Partner forUser(long userId) {
        return jdbi.onDemand(PartnerDao.class).findByUser(userId).map(PartnerService::toDomain)
                .orElseThrow(() -> ApiException.notFound("partner", "for this account"));
    }

    public Optional<Partner> findForUser(long userId) {
        return jdbi.onDemand(PartnerDao.class).findByUser(userId).map(PartnerService::toDomain);
    }

    public Partner create(Caller caller, PartnerRequest request) {
        return jdbi.inTransaction(handle -> {
            PartnerDao dao = handle.attach(PartnerDao.class);
            Long userId = account(dao, request.username());
            Instant consentAt = request.consent() ? clock.instant() : null;
            long id = dao.insert(request.organisation().strip(), request.kind(), array(request.languages()),
                    array(request.neighbourhoods()), array(request.communities()), request.consent(), consentAt,
                    cipher.seal(blank(request.email()), CONTACT_PURPOSE), userId,
                    request.active() == null || request.active());
            audit.record(handle, caller, "partner.create", "partner", Long.toString(id), detail(request));
            return toDomain(dao.find(id).orElseThrow());
        });
    }

    /** Replaces a partner; consent keeps its recorded time while it stays given. An absent e-mail keeps the old. */
    public Partner update(Caller caller, long id, PartnerRequest request) {
        return jdbi.inTransaction(handle -> {
            PartnerDao dao = handle.attach(PartnerDao.class);
            PartnerRow before = dao.find(id).orElseThrow(() -> ApiException.notFound("partner", Long.toString(id)));
            Long userId = account(dao, request.username());
            Instant consentAt = !request.consent() ? null
                    : before.consent() && before.consentAt() != null ? before.consentAt() : clock.instant();
            String contact = request.email() == null ? before.contactSealed()
                    : cipher.seal(blank(request.email()), CONTACT_PURPOSE);
            dao.update(id, request.organisation().strip(), request.kind(), array(request.languages()),
                    array(request.neighbourhoods()), array(request.communities()), request.consent(), consentAt,
                    contact, userId, request.active() == null ? before.active() : request.active());
            Map<String, Object> detail = detail(request);
            detail.put("consent", before.consent() + " -> " + request.consent());
            audit.record(handle, caller, "partner.update", "partner", Long.toString(id), detail);
            return toDomain(dao.find(id).orElseThrow());
        });
    }

    /** Takes a partner out of every future heads-up; the history stays. */
    public Partner deactivate(Caller caller, long id) {
        return jdbi.inTransaction(handle -> {
            PartnerDao dao = handle.attach(PartnerDao.class);
            PartnerRow row = dao.find(id).orElseThrow(() -> ApiException.notFound("partner", Long.toString(id)));
            dao.update(id, row.organisation(), row.kind(), row.languages(), row.neighbourhoods(), row.communities(),
                    row.consent(), row.consentAt(), row.contactSealed(), row.userId(), false);
            audit.record(handle, caller, "partner.deactivate", "partner", Long.toString(id), Map.of());
            return toDomain(dao.find(id).orElseThrow());
        });
    }

    /** Opens a partner's contact for an officer; 400 without a reason. Audited as {@code partner.contact.reveal}. */
    public PartnerContactView contact(Caller caller, long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ApiException.invalid("reason", "say why the contact is needed");
        }
        Partner partner = get(id);
        audit.record(caller, "partner.contact.reveal", "partner", Long.toString(id),
                Map.of("reason", why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why));
        return new PartnerContactView(id, partner.organisation(), cipher.open(partner.contactSealed(),
                CONTACT_PURPOSE));
    }

    /** The partners of a group, inside the caller's transaction. */
    List<Partner> group(Handle handle, List<String> neighbourhoods, List<String> communities, List<String> languages) {
        return handle.attach(PartnerDao.class).group(array(neighbourhoods), array(communities), array(languages))
                .stream().map(PartnerService::toDomain).toList();
    }

    /** Opens a partner's address for delivery. */
    String openContact(String sealed) {
        return cipher.open(sealed, CONTACT_PURPOSE);
    }

    private static Long account(PartnerDao dao, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return dao.partnerAccount(username.strip()).orElseThrow(() ->
                ApiException.invalid("username", "no account with the partner role is called that"));
    }

    private static Map<String, Object> detail(PartnerRequest request) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("organisation", request.organisation());
        detail.put("kind", request.kind());
        detail.put("consent", request.consent());
        return detail;
    }

    static String[] array(List<String> values) {
        if (values == null) {
            return new String[0];
        }
        return new LinkedHashSet<>(values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .toList()).toArray(new String[0]);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Partner toDomain(PartnerRow row) {
        return new Partner(row.id(), row.organisation(), row.kind(), list(row.languages()),
                list(row.neighbourhoods()), list(row.communities()), row.consent(), row.consentAt(),
                row.contactSealed(), row.userId(), row.username(), row.active(), row.createdAt(), row.updatedAt());
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
