package org.bellwether.api.notify;

import java.time.Duration;

/** The SMTP relay for email notifications. */
public record SmtpSettings(boolean enabled, String host, int port, String from, String username, String password,
                           boolean startTls, Duration timeout) {
}
