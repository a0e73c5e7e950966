package org.bellwether.api.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The proxies whose {@code X-Forwarded-For} is believed (addresses or CIDR ranges, e.g. {@code 10.0.0.0/8}). The
 * client is the right-most forwarded address that is not itself a trusted proxy; from anyone else the header is
 * ignored, so a client cannot pick its own address. Immutable, thread-safe.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    public TrustedProxies(List<String> proxies) {
        this.ranges = proxies.stream().map(Range::parse).toList();
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + text);
            }
            return new Range(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The client's address: {@code remoteAddr}, or from a trusted proxy the last untrusted forwarded address. */
    public String clientAddress(String remoteAddr, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted(remoteAddr)) {
            return remoteAddr;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddr;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an IP literal; null for anything else (never a DNS look-up). */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
