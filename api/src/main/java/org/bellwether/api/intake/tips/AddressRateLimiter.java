package org.bellwether.api.intake.tips;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per sender address (an IP, a phone number, a mail address): {@code burst} tips at once, refilled
 * at {@code perHour}. Addresses are kept only as salted SHA-256 hashes, in memory, the least recently used forgotten
 * first. Thread-safe.
 */
public final class AddressRateLimiter {
    private static final int MAX_ADDRESSES = 100_000;

    private final double perHour;
    private final int burst;
    private final Clock clock;
    private final byte[] salt;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public AddressRateLimiter(double perHour, int burst, Clock clock) {
        this.perHour = perHour;
        this.burst = burst;
        this.clock = clock;
        this.salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
    }

    /** Five tips at once, then five an hour. */
    public static AddressRateLimiter standard(Clock clock) {
        return new AddressRateLimiter(5, 5, clock);
    }

    /** Takes one token for the address; false when its bucket is empty. */
    public synchronized boolean tryAcquire(String address) {
        String key = hash(address == null ? "unknown" : address);
        double now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
        double refill = (now - bucket[1]) / Duration.ofHours(1).toMillis() * perHour;
        bucket[0] = Math.min(burst, bucket[0] + refill);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }

    private String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
