package org.bellwether.api.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.bellwether.api.notify.db.OutboxRow;

/**
 * Sends outbox email over SMTP (Angus Mail). The Message-ID is derived from the outbox row, so a receiver can
 * discard the rare duplicate of a message whose delivery was confirmed but not recorded. Thread-safe.
 */
public final class EmailSender implements NotificationSender {
    private final SmtpSettings settings;
    private final Session session;

    public EmailSender(SmtpSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", Long.toString(settings.timeout().toMillis()));
        props.put("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        props.put("mail.smtp.writetimeout", Long.toString(settings.timeout().toMillis()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
        this.session = Session.getInstance(props);
    }

    @Override
    public String channel() {
        return Notification.EMAIL;
    }

    @Override
    public String send(OutboxRow row, String recipient) throws MessagingException {
        if (recipient == null) {
            throw new MessagingException("no recipient");
        }
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + row.id() + "@bellwether>");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject(row.subject(), "UTF-8");
        message.setText(row.body(), "UTF-8");
        if (settings.username() != null) {
            Transport.send(message, settings.username(), settings.password());
        } else {
            Transport.send(message);
        }
        return null;
    }
}
