package org.bellwether.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals contact details (tipsters, messengers) with AES-256-GCM. A sealed value reads
 * {@code gcm1:<keyId>:<base64(iv || ciphertext || tag)>}; the purpose (e.g. {@code tip-contact}) is bound as
 * associated data, so a value sealed for one purpose does not open for another.
 *
 * <p>Rotation: seal with the newest key, keep older keys to open older values, re-seal, then drop old keys.
 * Thread-safe.
 */
public final class ContactCipher {
    private static final String PREFIX = "gcm1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param activeKeyId the key that seals new values
     * @param keys        every key that may open a value, by id; each 32 bytes
     */
    public ContactCipher(String activeKeyId, Map<String, byte[]> keys) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("active key '" + activeKeyId + "' is not among the keys");
        }
        Map<String, SecretKeySpec> specs = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id.isEmpty() || id.contains(":")) {
                throw new IllegalArgumentException("key id must be non-empty and free of ':'");
            }
            if (key.length != 32) {
                throw new IllegalArgumentException("key '" + id + "' must be 32 bytes, is " + key.length);
            }
            specs.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        this.activeKeyId = activeKeyId;
        this.keys = Map.copyOf(specs);
    }

    /** Builds a cipher from base64 keys, as configuration and environment variables carry them. */
    public static ContactCipher fromBase64(String activeKeyId, Map<String, String> base64Keys) {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        base64Keys.forEach((id, key) -> decoded.put(id, Base64.getDecoder().decode(key.trim())));
        return new ContactCipher(activeKeyId, decoded);
    }

    /** A fresh random 256-bit key, base64. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Seals a value; null stays null. */
    public String seal(String plain, String purpose) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + ":" + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * Opens a sealed value; null stays null.
     *
     * @throws IllegalArgumentException when the value is not sealed, the key is unknown or it was tampered with
     */
    public String open(String sealed, String purpose) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed value");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalArgumentException("unknown key id '" + parts[1] + "'");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("sealed value too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("sealed value does not open with its key and purpose");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The id of the key a sealed value was sealed with, for rotation. */
    public static String keyIdOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed value");
        }
        return parts[1];
    }
}
