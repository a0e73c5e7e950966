package org.bellwether.api.messengers;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final ReachAddresses addresses;

    public MessengerService(Jdbi jdbi, ContactCipher cipher, DatabaseAuditTrail audit, Clock clock,
                            ReachAddresses addresses) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.addresses = addresses;
    }

    /** How the messenger linked to a user account is reached. */
    public Reach reachForUser(long userId) {
        return jdbi.withHandle(handle -> reach(handle, forUser(userId).id()));
    }

    /** How a messenger is reached (email when nothing else was chosen). */
    public static Reach reach(Handle handle, UUID messengerId) {
        return handle.attach(MessengerDao.class).reach(messengerId).map(row -> new Reach(row.reachChannel(),
                row.reachSealed(), row.quietStart() == null || row.quietEnd() == null || row.quietZone() == null
                        ? null : new QuietHours(row.quietStart(), row.quietEnd(), ZoneId.of(row.quietZone()))))
                .orElse(Reach.BY_EMAIL);
    }

    /**
     * A messenger chooses how they are reached and their quiet hours. For sms and whatsapp without an address given,
     * the one on file is kept, or else the profile's phone number is used. The address is sealed; a keyed hash of it
     * lets replies be matched to the messenger.
     */
    public Reach updateReach(Caller caller, long userId, ReachRequest request) {
        Messenger messenger = forUser(userId);
        ZoneId zone = zone(request);
        LocalTime start = request.quietStart() == null ? null : LocalTime.parse(request.quietStart());
        LocalTime end = request.quietEnd() == null ? null : LocalTime.parse(request.quietEnd());
        if ((start == null) != (end == null)) {
            throw ApiException.invalid(start == null ? "quietStart" : "quietEnd", "give both ends of the quiet hours");
        }
        jdbi.useTransaction(handle -> {
            MessengerDao dao = handle.attach(MessengerDao.class);
            Reach current = reach(handle, messenger.id());
            String channel = request.channel();
            String address = blank(request.address());
            if (address == null && !channel.equals(Reach.EMAIL)) {
                if (current.addressSealed() != null && phoneLike(current.channel()) == phoneLike(channel)) {
                    address = cipher.open(current.addressSealed(), CONTACT_PURPOSE);
                } else if (phoneLike(channel) && messenger.phoneSealed() != null) {
                    address = cipher.open(messenger.phoneSealed(), CONTACT_PURPOSE);
                }
            }
            if (channel.equals(Reach.EMAIL)) {
                if (messenger.emailSealed() == null) {
                    throw ApiException.invalid("channel", "there is no e-mail address on your profile");
                }
                address = null;
            } else if (address == null) {
                throw ApiException.invalid("address", channel.equals("telegram")
                        ? "give your Telegram chat id" : "give the phone number to use");
            } else if (ReachAddresses.normalise(channel, address) == null || (channel.equals("telegram")
                    && !address.matches("-?[0-9]{1,20}"))) {
                throw ApiException.invalid("address", "not a " + (channel.equals("telegram")
                        ? "Telegram chat id" : "phone number"));
            }
            address = ReachAddresses.asSent(channel, address);
            dao.updateReach(messenger.id(), channel, address == null ? null : cipher.seal(address, CONTACT_PURPOSE),
                    addresses.hash(channel, address), start, end, start == null ? null : zone.getId());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("channel", channel);
            detail.put("quietHours", start == null ? null : start + "-" + end + " " + zone.getId());
            audit.record(handle, caller, "messenger.reach", "messenger", messenger.id().toString(), detail);
        });
        return reachForUser(userId);
    }

    /** How long a Telegram link's token works. */
    public static final java.time.Duration TELEGRAM_LINK_VALIDITY = java.time.Duration.ofHours(1);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * A new one-time Telegram deep link for the signed-in messenger, {@code https://t.me/<bot>?start=<token>}; it
     * replaces any earlier one and works for {@link #TELEGRAM_LINK_VALIDITY}. Only the token's hash is stored.
     */
    public TelegramLink telegramLink(long userId, String botUsername) {
        Messenger messenger = forUser(userId);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // Telegram's start parameter: up to 64 characters of A-Z a-z 0-9 _ -
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(TELEGRAM_LINK_VALIDITY);
        jdbi.useTransaction(handle -> {
            MessengerDao dao = handle.attach(MessengerDao.class);
            dao.forgetTelegramTokens(messenger.id(), now);
            dao.addTelegramToken(tokenHash(token), messenger.id(), expires, now);
        });
        return new TelegramLink("https://t.me/" + botUsername + "?start=" + token, expires);
    }

    /**
     * The bot received {@code /start <token>} from a chat: when the token is known and not expired it is used up and
     * the messenger it was made for is now reached on Telegram at that chat (sealed, hashed like a chosen address;
     * quiet hours kept; audited {@code messenger.reach} with the messenger as actor). In the caller's transaction.
     *
     * @return the messenger bound, or empty for an unknown, used or expired token
     */
    public Optional<Messenger> bindTelegram(Handle handle, String chatId, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{1,64}") || chatId == null
                || !chatId.matches("-?[0-9]{1,20}")) {
            return Optional.empty();
        }
        MessengerDao dao = handle.attach(MessengerDao.class);
        Optional<UUID> messengerId = dao.useTelegramToken(tokenHash(token), clock.instant());
        if (messengerId.isEmpty()) {
            return Optional.empty();
        }
        Messenger messenger = dao.find(messengerId.get()).map(MessengerService::toDomain).orElseThrow();
        Reach current = reach(handle, messenger.id());
        QuietHours quiet = current.quietHours();
        dao.updateReach(messenger.id(), Reach.TELEGRAM, cipher.seal(chatId, CONTACT_PURPOSE),
                addresses.hash(Reach.TELEGRAM, chatId), quiet == null ? null : quiet.start(),
                quiet == null ? null : quiet.end(), quiet == null ? null : quiet.zone().getId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("channel", Reach.TELEGRAM);
        detail.put("via", "telegram-link");
        audit.record(handle, new Caller(dao.username(messenger.id()).orElse("messenger:" + messenger.id()),
                Roles.MESSENGER, "telegram"), "messenger.reach", "messenger", messenger.id().toString(), detail);
        return Optional.of(messenger);
    }

    private static String tokenHash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("telegram-link:" + token).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The active messenger who is reached at this address (a reply's sender), if exactly one is. */
    public Optional<Messenger> byAddress(Handle handle, String channel, String address) {
        String hash = addresses.hash(channel, address);
        if (hash == null) {
            return Optional.empty();
        }
        List<UUID> found = handle.attach(MessengerDao.class).byReachHash(hash);
        if (found.size() != 1) {
            return Optional.empty();
        }
        return handle.attach(MessengerDao.class).find(found.get(0)).map(MessengerService::toDomain);
    }

    private static boolean phoneLike(String channel) {
        return channel.equals("sms") || channel.equals("whatsapp");
    }

    private static ZoneId zone(ReachRequest request) {
        if (request.quietStart() == null) {
            return ZoneOffset.UTC;
        }
        try {
            return request.quietZone() == null || request.quietZone().isBlank() ? ZoneOffset.UTC
                    : ZoneId.of(request.quietZone().strip());
        } catch (DateTimeException e) {
            throw ApiException.invalid("quietZone", "not a time zone, e.g. Europe/Madrid");
        }
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
            String reachSealed = jdbi.withHandle(handle -> reach(handle, id)).addressSealed();
            String resealedReach = reseal(reachSealed);
            if (!Objects.equals(reachSealed, resealedReach)) {
                jdbi.onDemand(MessengerDao.class).resealReach(id, resealedReach);
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
