package org.bellwether.api.intake.tips;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Tip;
import org.bellwether.ingest.Batch;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.bellwether.ingest.CollectorSink;
import org.bellwether.ingest.HtmlText;
import org.bellwether.ingest.PollingSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the tip mailbox over IMAP (Angus Mail). Messages newer than the checkpointed UID are read in UID order;
 * each becomes a tip through the shared intake rules (consent, rate limit per sender, sealed contact) and is written
 * with the new UID in one sink transaction, so a restart neither repeats nor skips a message. Consent: a line that
 * says YES / SÍ / OUI / نعم or "I consent" (the mailbox's published instructions ask for it); messages without it
 * are marked read and not kept. Attachments are never read or stored. Not thread-safe: one poll at a time.
 */
public final class ImapTipPoller implements PollingSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImapTipPoller.class);
    private static final Pattern CONSENT = Pattern.compile(
            "(?imu)^\\s*(yes|si|sí|oui|نعم|i consent|doy mi consentimiento|je consens|أوافق)\\s*[.!]?\\s*$");
    private static final int MAX_PER_POLL = 200;

    private final ImapSettings settings;
    private final CollectorSink sink;
    private final CollectorCounters counters;
    private final TipIntake intake;
    private final String sourceKey;
    private long uidValidity;
    private long lastUid;
    private String pendingPosition;

    public ImapTipPoller(ImapSettings settings, ContactCipher cipher, AddressRateLimiter limiter,
                         Supplier<List<String>> neighbourhoods, CollectorSink sink, CheckpointStore checkpoints,
                         CollectorCounters counters, Clock clock, Consumer<Tip> accepted) {
        this.settings = settings;
        this.sink = sink;
        this.counters = counters;
        this.sourceKey = "email:" + settings.user() + "@" + settings.host() + "/" + settings.folder();
        this.intake = new TipIntake(tip -> {
            sink.emit(sourceKey, pendingPosition, Batch.of(tip));
            accepted.accept(tip);
        }, cipher, limiter, neighbourhoods, clock, counters);
        String saved = checkpoints.position(sourceKey).orElse("");
        if (saved.startsWith("v1;uv=")) {
            String[] parts = saved.substring(3).split(";");
            uidValidity = Long.parseLong(parts[0].substring(3));
            lastUid = Long.parseLong(parts[1].substring(4));
        }
    }

    @Override
    public String name() {
        return sourceKey;
    }

    @Override
    public Duration poll() throws MessagingException, IOException {
        Properties properties = new Properties();
        String protocol = settings.ssl() ? "imaps" : "imap";
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                UIDFolder uids = (UIDFolder) folder;
                if (uids.getUIDValidity() != uidValidity) {
                    if (uidValidity != 0) {
                        LOG.warn("{}: UIDVALIDITY changed, reading the folder again from the start", sourceKey);
                    }
                    uidValidity = uids.getUIDValidity();
                    lastUid = 0;
                }
                Message[] messages = uids.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.ENVELOPE);
                folder.fetch(messages, profile);
                int handled = 0;
                for (Message message : messages) {
                    long uid = uids.getUID(message);
                    if (uid <= lastUid || handled++ >= MAX_PER_POLL) {
                        continue;
                    }
                    handle(message, uid);
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        }
        sink.flush();
        counters.succeeded(java.time.Instant.now());
        return settings.interval();
    }

    private void handle(Message message, long uid) throws MessagingException, IOException {
        pendingPosition = "v1;uv=" + uidValidity + ";uid=" + uid;
        String from = sender(message);
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        String body = body(message);
        String text = (subject.isEmpty() ? "" : subject + "\n") + body;
        boolean consent = CONSENT.matcher(body).find();
        TipIntake.Outcome outcome = consent
                ? intake.submit(new TipSubmission("email", stripConsentLine(text), List.of(),
                        TipLanguage.guess(text), null, from, true, null), from)
                : null;
        if (outcome == null || outcome.status() != TipIntake.Status.ACCEPTED) {
            if (outcome == null) {
                counters.invalid();
                LOG.info("{}: message {} without consent, not kept", sourceKey, uid);
            }
            sink.emit(sourceKey, pendingPosition, Batch.EMPTY);
        }
        lastUid = uid;
    }

    private static String stripConsentLine(String text) {
        return CONSENT.matcher(text).replaceAll("").strip();
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0) {
            return null;
        }
        return from[0] instanceof InternetAddress internet ? internet.getAddress() : from[0].toString();
    }

    /** The text of the message: text/plain preferred, else HTML as text; attachments skipped. */
    static String body(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent()).strip();
        }
        if (part.isMimeType("text/html")) {
            return HtmlText.toText(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/plain")) {
                    return body(child);
                }
                String text = body(child);
                if (!text.isEmpty() && html == null) {
                    html = text;
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }
}
