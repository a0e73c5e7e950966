package org.bellwether.api.intake.tips;

import java.time.Duration;

/**
 * The tip mailbox.
 *
 * @param host     IMAP server
 * @param port     port (993 for IMAPS, 143 for IMAP)
 * @param ssl      true for IMAPS
 * @param user     mailbox user
 * @param password mailbox password (from the environment, never logged)
 * @param folder   folder to read, normally {@code INBOX}
 * @param interval between polls
 */
public record ImapSettings(String host, int port, boolean ssl, String user, String password, String folder,
                           Duration interval) {
    @Override
    public String toString() {
        return "ImapSettings[" + user + "@" + host + ":" + port + "/" + folder + "]";
    }
}
