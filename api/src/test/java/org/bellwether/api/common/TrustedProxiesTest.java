package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed from the configured proxies only, and names the last untrusted hop. */
class TrustedProxiesTest {
    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "2001:db8::1"));

    @Test
    void onlyTrustedProxiesMayNameTheClient() {
        assertThat(proxies.clientAddress("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("2001:db8:0:0:0:0:0:1", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("198.51.100.7", "203.0.113.9")).as("not a proxy").isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void aClientCannotPrependItsOwnChoice() {
        assertThat(proxies.clientAddress("10.1.2.3", "1.2.3.4, 203.0.113.9, 10.9.9.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", "evil.example, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
    }

    @Test
    void nothingIsTrustedByDefaultAndBadRangesAreRefused() {
        assertThat(TrustedProxies.NONE.clientAddress("10.1.2.3", "203.0.113.9")).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example"))).hasMessageContaining("not an IP");
    }
}
