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
 * first. A caller may look before it takes ({@link #retryAfter}) and give back a token it took for work that then
 * failed ({@link #release}). Thread-safe.
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

    /** Thirty attempts at once, then thirty an hour: the looser budget of refused (invalid) submissions. */
    public static AddressRateLimiter forRefusals(Clock clock) {
        return new AddressRateLimiter(30, 30, clock);
    }

    /** Takes one token for the address; false when its bucket is empty. */
    public synchronized boolean tryAcquire(String address) {
        double[] bucket = refilled(address);
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }

    /** Zero when the address has a token now, else how long until it has one (rounded up to a second). */
    public synchronized Duration retryAfter(String address) {
        double[] bucket = refilled(address);
        if (bucket[0] >= 1) {
            return Duration.ZERO;
        }
        double hours = (1 - bucket[0]) / perHour;
        return Duration.ofSeconds((long) Math.ceil(hours * 3600));
    }

    /** Gives back a token taken for a submission that then failed on the server's side. */
    public synchronized void release(String address) {
        double[] bucket = refilled(address);
        bucket[0] = Math.min(burst, bucket[0] + 1);
    }

    private double[] refilled(String address) {
        String key = hash(address == null ? "unknown" : address);
        double now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
        double refill = (now - bucket[1]) / Duration.ofHours(1).toMillis() * perHour;
        bucket[0] = Math.min(burst, bucket[0] + refill);
        bucket[1] = now;
        return bucket;
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
