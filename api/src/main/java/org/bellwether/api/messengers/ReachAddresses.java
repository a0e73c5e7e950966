package org.bellwether.api.messengers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of the addresses messengers are reached at, so a reply on SMS, WhatsApp or Telegram is matched to its
 * sender without opening every sealed address. A phone number hashes the same for SMS and WhatsApp (digits only:
 * Twilio's {@code +15550100} and WhatsApp's {@code 15550100} are one person). Thread-safe.
 */
public final class ReachAddresses {
    private final byte[] key;

    public ReachAddresses(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a key is required");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The hash of an address on a channel, or null when there is nothing to hash. */
    public String hash(String channel, String address) {
        String normalised = normalise(channel, address);
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("reach:" + normalised).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An address as the platform takes it: E.164 ({@code +15550100}) for SMS, digits only for WhatsApp's {@code to},
     * the chat id for Telegram.
     */
    static String asSent(String channel, String address) {
        if (address == null) {
            return null;
        }
        return switch (channel) {
            case "sms" -> "+" + address.replaceAll("[^0-9]", "");
            case "whatsapp" -> address.replaceAll("[^0-9]", "");
            default -> address.strip();
        };
    }

    /** {@code phone:<digits>} for sms and whatsapp, {@code telegram:<chat id>}; null for anything else. */
    static String normalise(String channel, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return switch (channel) {
            case "sms", "whatsapp" -> {
                String digits = address.replaceAll("[^0-9]", "");
                yield digits.isEmpty() ? null : "phone:" + digits;
            }
            case "telegram" -> "telegram:" + address.strip();
            default -> null;
        };
    }
}
