package org.bellwether.api.messengers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.Params;
import org.bellwether.api.common.Roles;
import org.bellwether.api.messengers.db.MessengerDao;
import org.bellwether.api.messengers.db.MessengerRow;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The messenger registry. Contact details are sealed with {@link ContactCipher} (purpose
 * {@value #CONTACT_PURPOSE}) before they reach the database and opened only for {@link #contact}, which is
 * audited. Changes are versioned and audited. Thread-safe.
 */
public final class MessengerService {
    public static final String CONTACT_PURPOSE = "messenger-contact";
    /** Endorsements one officer may give in a day, all messengers together. */
    public static final int MAX_ENDORSEMENTS_A_DAY = 20;

    private final Jdbi jdbi;
    private final ContactCipher cipher;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public MessengerService(Jdbi jdbi, ContactCipher cipher, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Messenger> list() {
        return jdbi.onDemand(MessengerDao.class).list().stream().map(MessengerService::toDomain).toList();
    }

    public List<Messenger> active() {
        return jdbi.onDemand(MessengerDao.class).listActive().stream().map(MessengerService::toDomain).toList();
    }

    public Messenger get(UUID id) {
        return jdbi.onDemand(MessengerDao.class).find(id).map(MessengerService::toDomain)
                .orElseThrow(() -> ApiException.notFound("messenger", id.toString()));
    }

    /** The messenger profile linked to a user account. */
    public Messenger forUser(long userId) {
        return jdbi.onDemand(MessengerDao.class).findByUser(userId).map(MessengerService::toDomain)
                .orElseThrow(() -> ApiException.notFound("messenger profile of user", Long.toString(userId)));
    }

    public Messenger create(Caller caller, MessengerRequest request) {
        Params.ordered("absentFrom", request.absentFrom(), "absentUntil", request.absentUntil());
        UUID id = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            Long userId = linkedUser(handle, request.username());
            Instant now = clock.instant();
            handle.attach(MessengerDao.class).insert(id, userId, request.displayName(), request.pseudonym(),
                    cipher.seal(blank(request.email()), CONTACT_PURPOSE),
                    cipher.seal(blank(request.phone()), CONTACT_PURPOSE), Json.writeString(request.profile()),
                    request.capacity(), !Boolean.FALSE.equals(request.available()), request.absentFrom(),
                    request.absentUntil(), request.consent(), request.consent() ? now : null,
                    !Boolean.FALSE.equals(request.active()), language(request.preferredLanguage()));
            audit.record(handle, caller, "messenger.create", "messenger", id.toString(),
                    Map.of("pseudonym", request.pseudonym()));
        });
        return get(id);
    }

    public Messenger update(Caller caller, UUID id, long expectedVersion, MessengerRequest request) {
        Params.ordered("absentFrom", request.absentFrom(), "absentUntil", request.absentUntil());
        jdbi.useTransaction(handle -> {
            MessengerDao dao = handle.attach(MessengerDao.class);
            Messenger current = dao.find(id).map(MessengerService::toDomain)
                    .orElseThrow(() -> ApiException.notFound("messenger", id.toString()));
            Long userId = linkedUser(handle, request.username());
            Instant now = clock.instant();
            int changed = dao.update(id, expectedVersion, userId, request.displayName(), request.pseudonym(),
                    cipher.seal(blank(request.email()), CONTACT_PURPOSE),
                    cipher.seal(blank(request.phone()), CONTACT_PURPOSE), Json.writeString(request.profile()),
                    request.capacity(), !Boolean.FALSE.equals(request.available()), request.absentFrom(),
                    request.absentUntil(), request.consent(), request.consent() ? now : null,
                    !Boolean.FALSE.equals(request.active()), language(request.preferredLanguage()));
            stale(changed, current.version(), expectedVersion);
            audit.record(handle, caller, "messenger.update", "messenger", id.toString(), Map.of());
        });
        return get(id);
    }

    /** A messenger edits their own availability, absence, capacity, channels, language and consent. */
    public Messenger updateOwn(Caller caller, long userId, long expectedVersion, MessengerSelfUpdate update) {
        Params.ordered("absentFrom", update.absentFrom(), "absentUntil", update.absentUntil());
        Messenger current = forUser(userId);
        jdbi.useTransaction(handle -> {
            MessengerRow row = handle.attach(MessengerDao.class).find(current.id()).orElseThrow();
            MessengerProfile profile = current.profile();
            MessengerProfile changedProfile = new MessengerProfile(profile.languages(), profile.neighbourhoods(),
                    profile.communities(), profile.topics(),
                    update.channels() == null ? profile.channels() : update.channels());
            Instant consentAt = update.consent() ? (row.consent() ? row.consentAt() : clock.instant()) : null;
            int changed = handle.attach(MessengerDao.class).update(current.id(), expectedVersion, row.userId(),
                    row.displayName(), row.pseudonym(), row.emailSealed(), row.phoneSealed(),
                    Json.writeString(changedProfile), update.capacity(), update.available(), update.absentFrom(),
                    update.absentUntil(), update.consent(), consentAt, row.active(),
                    update.preferredLanguage() == null ? row.preferredLanguage() : update.preferredLanguage());
            stale(changed, current.version(), expectedVersion);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("available", update.available());
            detail.put("consent", update.consent());
            detail.put("capacity", update.capacity());
            audit.record(handle, caller, "messenger.self-update", "messenger", current.id().toString(), detail);
        });
        return get(current.id());
    }

    /** Opens the contact details; audited as a view of contact details. */
    public Contact contact(Caller caller, UUID id) {
        Messenger messenger = get(id);
        audit.record(caller, "messenger.contact.view", "messenger", id.toString(), Map.of());
        return new Contact(id, cipher.open(messenger.emailSealed(), CONTACT_PURPOSE),
                cipher.open(messenger.phoneSealed(), CONTACT_PURPOSE));
    }

    /**
     * An officer vouches for a messenger, in words: a blank note is a 400, a second endorsement of the same messenger
     * the same day (UTC) a 409, more than {@value #MAX_ENDORSEMENTS_A_DAY} endorsements a day a 429.
     */
    public void endorse(Caller caller, UUID id, String note) {
        String words = note == null ? "" : note.strip();
        if (words.isEmpty()) {
            throw ApiException.invalid("note", "say why you vouch for this messenger");
        }
        get(id);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbi.useTransaction(handle -> {
            MessengerDao dao = handle.attach(MessengerDao.class);
            if (dao.endorsementsBy(caller.actor(), today) >= MAX_ENDORSEMENTS_A_DAY) {
                throw new ApiException(429, "Too Many Requests", "at most " + MAX_ENDORSEMENTS_A_DAY
                        + " endorsements a day; try again tomorrow", List.of());
            }
            if (dao.endorse(id, caller.actor(), words, today) == 0) {
                throw ApiException.conflict("you already endorsed this messenger today: one endorsement per officer"
                        + " and messenger a day");
            }
            audit.record(handle, caller, "messenger.endorse", "messenger", id.toString(), Map.of());
        });
    }

    /** Re-seals every contact value under the active key (key rotation step 2); returns how many changed. */
    public int resealAll(Caller caller) {
        int changed = 0;
        for (UUID id : jdbi.onDemand(MessengerDao.class).ids()) {
            Messenger m = get(id);
            String email = reseal(m.emailSealed());
            String phone = reseal(m.phoneSealed());
            if (!Objects.equals(email, m.emailSealed()) || !Objects.equals(phone, m.phoneSealed())) {
                jdbi.onDemand(MessengerDao.class).reseal(id, email, phone);
                changed++;
            }
        }
        audit.record(caller, "contact-keys.reseal", "messenger", null,
                Map.of("activeKeyId", cipher.activeKeyId(), "resealed", changed));
        return changed;
    }

    private String reseal(String sealed) {
        if (sealed == null || ContactCipher.keyIdOf(sealed).equals(cipher.activeKeyId())) {
            return sealed;
        }
        return cipher.seal(cipher.open(sealed, CONTACT_PURPOSE), CONTACT_PURPOSE);
    }

    /** Opens a sealed address for delivery (outbox). */
    public String openAddress(String sealed) {
        return cipher.open(sealed, CONTACT_PURPOSE);
    }

    public static Messenger toDomain(MessengerRow row) {
        return new Messenger(row.id(), row.userId(), row.displayName(), row.pseudonym(), row.emailSealed(),
                row.phoneSealed(), Json.read(row.profile(), MessengerProfile.class), row.capacity(),
                row.available(), row.absentFrom(), row.absentUntil(), row.consent(), row.active(),
                row.preferredLanguage(), row.version(), row.openAssignments(), row.endorsements(), row.responded(),
                row.declined());
    }

    private static Long linkedUser(Handle handle, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        UserRow user = handle.attach(UserDao.class).findByUsername(username)
                .orElseThrow(() -> ApiException.invalid("username", "no such user"));
        if (!Roles.MESSENGER.equals(user.role())) {
            throw ApiException.invalid("username", "the linked account must have the messenger role");
        }
        return user.id();
    }

    private static void stale(int changed, long current, long expected) {
        if (changed == 0) {
            throw ApiException.conflict("the messenger changed: it is at version " + current + ", not " + expected
                    + "; reload and try again");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String language(String value) {
        return value == null || value.isBlank() ? "en" : value;
    }
}
