package org.bellwether.api.intake.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The partner webhook signature: header {@code X-Bellwether-Signature: sha256=<hex>} where hex is
 * HMAC-SHA256(secret, {@code <X-Bellwether-Timestamp> + "." + <raw body>}). The timestamp (Unix seconds) must be
 * within five minutes of the server's clock, so a captured request cannot be replayed later. Thread-safe.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-Bellwether-Signature";
    public static final String TIMESTAMP_HEADER = "X-Bellwether-Timestamp";
    public static final long TOLERANCE_SECONDS = 300;

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static boolean valid(String secret, String timestampHeader, String signatureHeader, byte[] body,
                                long nowSeconds) {
        if (secret == null || secret.isEmpty() || timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
