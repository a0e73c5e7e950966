package org.bellwether.processor.normalise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces an author handle by a keyed hash: {@code p_} + the first 80 bits of HMAC-SHA256(key, platform + handle)
 * in lower-case base32. Without the key a pseudonym cannot be linked back to a handle, and the same handle on the
 * same platform always gets the same pseudonym, so distinct authors can be counted. Thread-safe.
 */
public final class AuthorPseudonymiser {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int PSEUDONYM_BYTES = 10;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public AuthorPseudonymiser(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the pseudonymisation key must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * @param source the post's source ({@code mastodon:mastodon.social}); its kind before {@code :} is the platform
     * @param handle the public handle, or null
     * @return the pseudonym, or null when there is no handle
     */
    public String pseudonym(String source, String handle) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        String platform = source == null ? "" : source.split(":", 2)[0].toLowerCase(Locale.ROOT);
        String normalised = handle.trim().toLowerCase(Locale.ROOT);
        if (normalised.startsWith("@")) {
            normalised = normalised.substring(1);
        }
        byte[] digest = macs.get().doFinal((platform + '\n' + normalised).getBytes(StandardCharsets.UTF_8));
        return "p_" + base32(digest, PSEUDONYM_BYTES);
    }

    /**
     * A keyed hash standing in for an id that names an account ({@code h_} + 80 bits, base32): stable for the same
     * source and id, unlinkable to the account without the key.
     */
    public String opaqueId(String source, String id) {
        byte[] digest = macs.get().doFinal(("post-id\n" + source + '\n' + id).getBytes(StandardCharsets.UTF_8));
        return "h_" + base32(digest, PSEUDONYM_BYTES);
    }

    static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length * 8 / 5 + 1);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable pseudonymisation key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
