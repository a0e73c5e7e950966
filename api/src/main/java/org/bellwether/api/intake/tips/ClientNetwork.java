package org.bellwether.api.intake.tips;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The unit a web client is rate-limited by. An IPv4 address is one client; an IPv6 address is not, since every home
 * and phone is given a whole /64 and picks addresses inside it at will, so IPv6 clients are counted by their /64
 * network. IPv4-mapped IPv6 ({@code ::ffff:203.0.113.9}) is its IPv4 address. Anything that is not an IP literal is
 * returned as it is (never a DNS look-up).
 */
public final class ClientNetwork {
    private ClientNetwork() {
    }

    /** {@code 203.0.113.9} stays; {@code 2001:db8:1:2:a:b:c:d} becomes {@code 2001:0db8:0001:0002::/64}. */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        literal = zone >= 0 ? literal.substring(0, zone) : literal;
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // IPv4-mapped: Java already gives the IPv4 address
            }
            byte[] bytes = parsed.getAddress();
            String hex = HexFormat.of().formatHex(bytes, 0, 8);
            return hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":" + hex.substring(8, 12) + ":"
                    + hex.substring(12, 16) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
