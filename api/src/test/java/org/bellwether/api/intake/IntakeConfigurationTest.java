package org.bellwether.api.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import java.time.Duration;
import org.bellwether.api.intake.IntakeConfiguration.IntakeSettings;
import org.junit.jupiter.api.Test;

/** {@code intake:} builds the settings intake is wired from, the e-mail inbox only when a host is named. */
class IntakeConfigurationTest {
    private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());

    private static IntakeSettings build(String yaml) throws Exception {
        return YAML.readValue(yaml, IntakeConfiguration.class).build();
    }

    @Test
    void withoutAnInboxNoneIsReadAndTheSinkGetsAUniqueTransactionalId() throws Exception {
        IntakeSettings first = build("tips: true\n");
        IntakeSettings second = build("tips: true\n");
        assertThat(first.imap()).isNull();
        assertThat(first.transactionalId()).startsWith("bellwether-api-").isNotEqualTo(second.transactionalId());
        assertThat(build("imap: {host: ''}\n").imap()).isNull();
    }

    @Test
    void anInboxDefaultsToImapsOnInboxEveryMinute() throws Exception {
        IntakeSettings settings = build("""
                partners: {courier: s3cret}
                imap: {host: mail.city.example, user: tips, password: hunter2}
                """);
        assertThat(settings.partners()).containsEntry("courier", "s3cret");
        assertThat(settings.imap().host()).isEqualTo("mail.city.example");
        assertThat(settings.imap().port()).isEqualTo(993);
        assertThat(settings.imap().ssl()).isTrue();
        assertThat(settings.imap().folder()).isEqualTo("INBOX");
        assertThat(settings.imap().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.imap().toString()).doesNotContain("hunter2");
        assertThat(build("imap: {host: mail.city.example, ssl: false, interval: 30s}\n").imap())
                .satisfies(plain -> {
                    assertThat(plain.port()).isEqualTo(143);
                    assertThat(plain.interval()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void theChatLinesAreOffByDefaultAndAnEnabledLineNeedsItsSecrets() throws Exception {
        IntakeSettings off = build("tips: true\n");
        assertThat(off.whatsapp().enabled()).isFalse();
        assertThat(off.telegram().enabled()).isFalse();
        IntakeSettings on = build("""
                whatsapp: {enabled: true, verifyToken: v, appSecret: app-s3cret, accessToken: t0ken, phoneNumberId: '42'}
                telegram: {enabled: true, botToken: '1:b0t', secretToken: tg-s3cret, apiBaseUrl: 'http://127.0.0.1:1/'}
                """);
        assertThat(on.whatsapp().messagesUrl()).isEqualTo("https://graph.facebook.com/v21.0/42/messages");
        assertThat(on.telegram().sendMessageUrl()).isEqualTo("http://127.0.0.1:1/bot1:b0t/sendMessage");
        assertThat(on.toString()).doesNotContain("app-s3cret").doesNotContain("t0ken").doesNotContain("tg-s3cret")
                .doesNotContain("1:b0t");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> build("telegram: {enabled: true, botToken: b}\n"))
                .hasMessageContaining("intake.telegram.secretToken");
    }
}
