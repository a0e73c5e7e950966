package org.bellwether.api.intake.tips;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-form token the tip form carries: issued with each form page, signed (HMAC-SHA256) and expiring, so a tip
 * can only be posted from a form this city served recently. Stateless to issue and check, so any api node that shares
 * the key accepts a token another node issued; a token that brought a tip in is spent on the node that took it (the
 * last {@value #MAX_SPENT} are remembered), so one form page gives one tip. Thread-safe.
 */
public final class TipFormTokens {
    static final int MAX_SPENT = 100_000;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration validity;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Boolean> spent = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_SPENT;
        }
    };

    /**
     * @param secret   the signing secret; empty for a random one of this process only (then a token is only accepted
     *                 by the node that issued it)
     * @param validity how long a form may stay open before it is sent
     */
    public TipFormTokens(String secret, Duration validity, Clock clock) {
        if (secret == null || secret.isBlank()) {
            this.key = new byte[32];
            random.nextBytes(key);
        } else {
            this.key = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.validity = validity;
        this.clock = clock;
    }

    /** A fresh token for one form page. */
    public String issue() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = clock.instant().getEpochSecond() + "." + ENCODE.encodeToString(nonce);
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    /** True for a token this city signed, issued within the validity and not spent yet. */
    public boolean valid(String token) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return false;
        }
        String payload = token.substring(0, last);
        byte[] given;
        long issued;
        try {
            given = DECODE.decode(token.substring(last + 1));
            issued = Long.parseLong(token.substring(0, first));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!MessageDigest.isEqual(given, mac(payload))) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < -60 || age > validity.toSeconds()) { // a minute of clock skew between nodes
            return false;
        }
        synchronized (spent) {
            return !spent.containsKey(payload);
        }
    }

    /** Marks a token as used by an accepted tip. */
    public void spend(String token) {
        int last = token == null ? -1 : token.lastIndexOf('.');
        if (last > 0) {
            synchronized (spent) {
                spent.put(token.substring(0, last), Boolean.TRUE);
            }
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("bellwether-tip-form\n".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
