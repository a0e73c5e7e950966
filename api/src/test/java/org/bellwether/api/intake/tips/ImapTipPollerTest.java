package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.bellwether.api.intake.RecordingSink;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.bellwether.ingest.CheckpointStore;
import org.bellwether.ingest.CollectorCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImapTipPollerTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @Test
    void turnsConsentedMailIntoTipsSkipsTheRestKeepsNoAttachmentAndResumesByUid() throws Exception {
        GreenMailUser user = MAIL.setUser("tips@city.example", "tips", "secret");
        deliver(user, "resident@example.org", "Rumour about the water",
                "People in Riverside say the tap water is poisoned. See https://social.example/@a/77\n\nYES", true);
        deliver(user, "someone@example.org", "No consent here", "Just asking a question about the bins.", false);
        ImapSettings settings = new ImapSettings("127.0.0.1", ServerSetupTest.IMAP.getPort(), false, "tips", "secret",
                "INBOX", Duration.ofMinutes(1));
        RecordingSink sink = new RecordingSink();
        List<Tip> accepted = new java.util.ArrayList<>();
        CollectorCounters counters = new CollectorCounters("email");
        ImapTipPoller poller = new ImapTipPoller(settings, TipIntakeTest.CIPHER,
                AddressRateLimiter.standard(Clock.systemUTC()), List::of, sink, CheckpointStore.empty(), counters,
                Clock.systemUTC(), accepted::add);

        assertThat(poller.poll()).isEqualTo(Duration.ofMinutes(1));

        assertThat(sink.tips).singleElement().satisfies(tip -> {
            assertThat(tip.channel()).isEqualTo("email");
            assertThat(tip.text()).startsWith("Rumour about the water\nPeople in Riverside").doesNotContain("YES")
                    .doesNotContain("attachment-content");
            assertThat(tip.urls()).containsExactly("https://social.example/@a/77");
            assertThat(tip.consent()).isTrue();
            assertThat(TipIntakeTest.CIPHER.open(tip.contactSealed(), TipContact.PURPOSE))
                    .isEqualTo("resident@example.org");
        });
        assertThat(counters.snapshot().invalid()).isEqualTo(1);
        assertThat(accepted).as("each accepted tip is handed on, so its contact is kept for a reply")
                .extracting(Tip::tipId).containsExactlyElementsOf(sink.tips.stream().map(Tip::tipId).toList());

        deliver(user, "other@example.org", "Threat flyer", "A flyer near the town hall threatens the mayor.\nOUI",
                false);
        RecordingSink afterRestart = new RecordingSink();
        new ImapTipPoller(settings, TipIntakeTest.CIPHER, AddressRateLimiter.standard(Clock.systemUTC()), List::of,
                afterRestart, sink.checkpoints(), new CollectorCounters("email"), Clock.systemUTC(), accepted::add)
                .poll();
        assertThat(afterRestart.tips).extracting(Tip::text)
                .containsExactly("Threat flyer\nA flyer near the town hall threatens the mayor.");
    }

    private static void deliver(GreenMailUser user, String from, String subject, String text, boolean attachment)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "tips@city.example");
        message.setSubject(subject, "UTF-8");
        if (attachment) {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setText("attachment-content", "UTF-8");
            file.setFileName("screenshot.txt");
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            multipart.addBodyPart(body);
            multipart.addBodyPart(file);
            message.setContent(multipart);
        } else {
            message.setText(text, "UTF-8");
        }
        message.saveChanges();
        user.deliver(message);
    }
}
