package org.bellwether.api.intake.tips;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.ContactRedactor;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.bellwether.ingest.CollectorCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every tip takes, whatever the channel: honeypot, per-address rate limit, validation, contact sealed
 * with {@link ContactCipher} (purpose {@link TipContact#PURPOSE}), reference number, publish. Nothing is logged
 * but counts and reasons: never the text or the contact.
 *
 * <p>Two budgets per sender: accepted tips use the tip budget (a tip the server failed to publish is given back),
 * refused ones (invalid, a bot's honeypot, a form a channel refused before reading it) use their own, looser one, so
 * a resident who mistypes does not lose the right to report, and a flood of junk is still cut off. A limited sender
 * is told how long to wait. Thread-safe.
 */
public final class TipIntake {
    private static final Logger LOG = LoggerFactory.getLogger(TipIntake.class);
    public static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "ar");
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_URLS = 10;
    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** How a submission ended. */
    public enum Status { ACCEPTED, INVALID, RATE_LIMITED, DISCARDED, FAILED }

    /**
     * @param status    the outcome
     * @param reference the reference number to show (also for a discarded bot submission, which must not learn
     *                  it was caught), or null
     * @param errors    message keys of what was wrong ({@code text}, {@code consent}, {@code urls}, ...)
     */
    public record Outcome(Status status, String reference, List<String> errors, Duration retryAfter) {
        public Outcome {
            errors = List.copyOf(errors);
            retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
        }

        public Outcome(Status status, String reference, List<String> errors) {
            this(status, reference, errors, Duration.ZERO);
        }
    }

    private final TipPublisher publisher;
    private final ContactCipher cipher;
    private final AddressRateLimiter limiter;
    private final AddressRateLimiter refusals;
    private final Supplier<List<String>> neighbourhoods;
    private final Clock clock;
    private final CollectorCounters counters;
    private final SecureRandom random = new SecureRandom();

    /** With the standard budget for refused submissions ({@link AddressRateLimiter#forRefusals}). */
    public TipIntake(TipPublisher publisher, ContactCipher cipher, AddressRateLimiter limiter,
                     Supplier<List<String>> neighbourhoods, Clock clock, CollectorCounters counters) {
        this(publisher, cipher, limiter, AddressRateLimiter.forRefusals(clock), neighbourhoods, clock, counters);
    }

    /**
     * @param limiter        the budget of accepted tips per sender
     * @param refusals       the budget of refused submissions per sender
     * @param neighbourhoods the names a tip may name (the watchlist's, or the city's list), read at every tip
     */
    public TipIntake(TipPublisher publisher, ContactCipher cipher, AddressRateLimiter limiter,
                     AddressRateLimiter refusals, Supplier<List<String>> neighbourhoods, Clock clock,
                     CollectorCounters counters) {
        this.publisher = publisher;
        this.cipher = cipher;
        this.limiter = limiter;
        this.refusals = refusals;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.counters = counters;
    }

    /**
     * Takes a tip in.
     *
     * @param address the sender's address for the rate limit (IP, phone number, mail address); never stored plain
     */
    public Outcome submit(TipSubmission submission, String address) {
        String sender = submission.channel() + ":" + address;
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            if (!refusals.tryAcquire(sender)) {
                return limited(submission.channel(), refusals.retryAfter(sender));
            }
            counters.invalid();
            LOG.info("tip discarded: honeypot filled ({})", submission.channel());
            return new Outcome(Status.DISCARDED, reference(), List.of());
        }
        Duration wait = limiter.retryAfter(sender);
        if (!wait.isZero()) {
            return limited(submission.channel(), wait);
        }
        List<String> errors = new ArrayList<>();
        String text = submission.text() == null ? "" : submission.text().strip();
        if (text.length() < 3 || text.length() > MAX_TEXT) {
            errors.add("text");
        }
        if (!submission.consent()) {
            errors.add("consent");
        }
        List<String> urls = urls(submission.urls(), text, errors);
        String neighbourhood = neighbourhood(submission.neighbourhood(), errors);
        String contact = submission.contact() == null || submission.contact().isBlank() ? null
                : submission.contact().strip();
        if (contact != null && contact.length() > 200) {
            errors.add("contact");
        }
        if (!errors.isEmpty()) {
            return refused(submission.channel(), address, errors);
        }
        if (!limiter.tryAcquire(sender)) { // taken meanwhile by a concurrent tip of the same sender
            return limited(submission.channel(), limiter.retryAfter(sender));
        }
        String reference = reference();
        // contact details typed into the report travel only sealed, after the contact given for replies
        List<String> typed = ContactRedactor.contactsIn(text);
        if (!typed.isEmpty()) {
            text = ContactRedactor.redact(text);
            contact = String.join("\n", contact == null ? typed
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(contact), typed.stream()).toList());
        }
        Tip tip = new Tip(SchemaVersion.CURRENT, reference, submission.channel(), text, urls,
                language(submission.language()), neighbourhood, clock.instant(),
                cipher.seal(contact, TipContact.PURPOSE), true);
        try {
            publisher.publish(tip);
        } catch (Exception e) {
            limiter.release(sender);
            counters.failed("publish: " + e.getClass().getSimpleName());
            LOG.error("tip {} not published: {}", reference, e.toString());
            return new Outcome(Status.FAILED, null, List.of("unavailable"));
        }
        counters.collected(tip.receivedAt(), tip.receivedAt());
        LOG.info("tip {} accepted ({}, {} links)", reference, submission.channel(), urls.size());
        return new Outcome(Status.ACCEPTED, reference, List.of());
    }

    /**
     * Counts a submission refused before or during validation against the sender's budget of refusals.
     *
     * @param errors what was wrong (message keys)
     * @return {@link Status#INVALID} with the errors, or {@link Status#RATE_LIMITED} once that budget is spent
     */
    public Outcome refused(String channel, String address, List<String> errors) {
        String sender = channel + ":" + address;
        if (!refusals.tryAcquire(sender)) {
            return limited(channel, refusals.retryAfter(sender));
        }
        counters.invalid();
        LOG.info("tip refused ({}): {}", channel, errors);
        return new Outcome(Status.INVALID, null, errors);
    }

    private static Outcome limited(String channel, Duration retryAfter) {
        LOG.info("tip refused: rate limit ({})", channel);
        return new Outcome(Status.RATE_LIMITED, null, List.of("rate"), retryAfter);
    }

    /** The tipster's language, {@code en} when unknown. */
    public static String language(String language) {
        if (language == null) {
            return "en";
        }
        String code = language.trim().toLowerCase(Locale.ROOT);
        code = code.length() > 2 ? code.substring(0, 2) : code;
        return LANGUAGES.contains(code) ? code : "en";
    }

    private List<String> urls(List<String> given, String text, List<String> errors) {
        Set<String> urls = new LinkedHashSet<>();
        for (String url : given) {
            if (url == null || url.isBlank()) {
                continue;
            }
            Optional<String> valid = validUrl(url.strip());
            if (valid.isEmpty()) {
                errors.add("urls");
                return List.of();
            }
            urls.add(valid.get());
        }
        Matcher matcher = URL_IN_TEXT.matcher(text);
        while (matcher.find()) {
            validUrl(matcher.group()).ifPresent(urls::add);
        }
        if (urls.size() > MAX_URLS) {
            errors.add("urls");
        }
        return List.copyOf(urls);
    }

    static Optional<String> validUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2048) {
                return Optional.of(uri.toString());
            }
        } catch (java.net.URISyntaxException e) {
            // not a link
        }
        return Optional.empty();
    }

    private String neighbourhood(String given, List<String> errors) {
        if (given == null || given.isBlank()) {
            return null;
        }
        for (String known : neighbourhoods.get()) {
            if (known.equalsIgnoreCase(given.strip())) {
                return known;
            }
        }
        errors.add("neighbourhood");
        return null;
    }

    /** A reference like {@code BW-7K3M-Q9XH}: 31 symbols without look-alikes, about 40 bits. */
    String reference() {
        StringBuilder out = new StringBuilder("BW-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
