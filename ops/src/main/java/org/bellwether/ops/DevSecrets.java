package org.bellwether.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.bellwether.model.ContactCipher;

/**
 * Key material for dev mode, made on first start under {@code <data>/secrets} (owner-only files) and reused after,
 * so pseudonyms and sealed contacts stay stable across restarts. Production passes keys through configuration or
 * the environment instead; nothing secret is ever in the repository.
 *
 * @param pseudonymKey     base64 key of the author-handle hash
 * @param contactKeyId     id of the contact-sealing key
 * @param contactKey       base64 AES-256 key sealing contact details
 * @param webhookSecret    shared secret signing outgoing webhooks
 */
public record DevSecrets(String pseudonymKey, String contactKeyId, String contactKey, String webhookSecret) {

    public static DevSecrets loadOrCreate(Path dataDir) {
        Path dir = dataDir.resolve("secrets");
        try {
            Files.createDirectories(dir);
            return new DevSecrets(
                    readOrWrite(dir.resolve("pseudonym.key")),
                    "dev1",
                    readOrWrite(dir.resolve("contact-dev1.key")),
                    readOrWrite(dir.resolve("webhook.secret")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare dev secrets in " + dir, e);
        }
    }

    public byte[] pseudonymKeyBytes() {
        return Base64.getDecoder().decode(pseudonymKey);
    }

    public ContactCipher contactCipher() {
        return ContactCipher.fromBase64(contactKeyId, java.util.Map.of(contactKeyId, contactKey));
    }

    private static String readOrWrite(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String key = ContactCipher.newKey();
        Files.writeString(file, key, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the data folder's own permissions apply
        }
        return key;
    }
}
