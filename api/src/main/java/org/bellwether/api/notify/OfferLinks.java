package org.bellwether.api.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

/**
 * The signed, expiring links and short reply codes of assignment offers. A link carries the assignment id, its expiry
 * (epoch seconds) and {@code sig}, the hex HMAC-SHA256 of {@code "offer-link:" + id + ":" + expiry} under the offer
 * key; changing either part breaks the signature. The short code a messenger replies with ({@code ACCEPT K7M2QX}) is
 * six letters and digits derived the same way from the id, so it needs no storage and cannot be guessed from the id.
 * Thread-safe.
 */
public final class OfferLinks {
    /** Crockford's base 32 without I, L, O, U: nothing to misread on a phone. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 6;
    /** The key of dev mode and of tests; a deployment sets its own ({@code BELLWETHER_OFFER_KEY}). */
    public static final String DEV_KEY = "bellwether-dev-offer-links";

    /** What a presented link is. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    private final String key;
    private final String publicUrl;

    /**
     * @param key       the offer key (configuration or {@code BELLWETHER_OFFER_KEY})
     * @param publicUrl where the dashboard is reached from outside, e.g. {@code https://bellwether.city.example}
     */
    public OfferLinks(String key, String publicUrl) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the offer key is required");
        }
        this.key = key;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    /** A key for the keyed hashes of messengers' addresses, derived from the offer key. */
    public String addressKey() {
        return WebhookSender.sign(key, "reach-addresses");
    }

    /** The link to an offer, valid until {@code expires}. */
    public String link(UUID assignmentId, Instant expires) {
        long seconds = expires.getEpochSecond();
        return publicUrl + "/offers/" + assignmentId + "?expires=" + seconds + "&sig="
                + WebhookSender.sign(key, "offer-link:" + assignmentId + ":" + seconds);
    }

    /** Checks a presented link in constant time; an expired one is refused even when its signature is right. */
    public Verdict verify(UUID assignmentId, long expires, String signature, Instant now) {
        String expected = WebhookSender.sign(key, "offer-link:" + assignmentId + ":" + expires);
        if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        return now.getEpochSecond() >= expires ? Verdict.EXPIRED : Verdict.VALID;
    }

    /** The short reply code of an offer. */
    public String code(UUID assignmentId) {
        String hex = WebhookSender.sign(key, "offer-code:" + assignmentId);
        long bits = Long.parseUnsignedLong(hex.substring(0, 15), 16);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return code.toString();
    }

    /** A code as typed: upper case, O read as 0, I and L as 1. */
    public static String normaliseCode(String typed) {
        return typed.strip().toUpperCase(java.util.Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
