package org.bellwether.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferLinksTest {
    static final OfferLinks LINKS = new OfferLinks("offer-key-for-tests", "https://bellwether.city.example/");
    static final UUID ID = UUID.fromString("3f0c2d6e-8a0b-4c1e-9a55-6f7e8d9c0b1a");
    static final Instant EXPIRES = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aLinkIsValidUntilItExpiresAndRefusedAfter() {
        URI link = URI.create(LINKS.link(ID, EXPIRES));
        assertThat(link.getPath()).isEqualTo("/offers/" + ID);
        assertThat(link.getHost()).isEqualTo("bellwether.city.example");
        String sig = link.getQuery().replaceAll(".*sig=", "");
        long expires = EXPIRES.getEpochSecond();
        assertThat(LINKS.verify(ID, expires, sig, EXPIRES.minusSeconds(1))).isEqualTo(OfferLinks.Verdict.VALID);
        assertThat(LINKS.verify(ID, expires, sig, EXPIRES)).isEqualTo(OfferLinks.Verdict.EXPIRED);
        assertThat(LINKS.verify(ID, expires, sig, EXPIRES.plusSeconds(86_400))).isEqualTo(OfferLinks.Verdict.EXPIRED);
    }

    @Test
    void aChangedExpiryIdOrKeyBreaksTheSignature() {
        String sig = URI.create(LINKS.link(ID, EXPIRES)).getQuery().replaceAll(".*sig=", "");
        Instant now = EXPIRES.minusSeconds(3600);
        assertThat(LINKS.verify(ID, EXPIRES.getEpochSecond() + 86_400, sig, now))
                .as("an extended expiry").isEqualTo(OfferLinks.Verdict.FORGED);
        assertThat(LINKS.verify(UUID.randomUUID(), EXPIRES.getEpochSecond(), sig, now))
                .isEqualTo(OfferLinks.Verdict.FORGED);
        assertThat(new OfferLinks("another-key", "").verify(ID, EXPIRES.getEpochSecond(), sig, now))
                .isEqualTo(OfferLinks.Verdict.FORGED);
        assertThat(LINKS.verify(ID, EXPIRES.getEpochSecond(), null, now)).isEqualTo(OfferLinks.Verdict.FORGED);
    }

    @Test
    void theReplyCodeIsShortStableAndKeyed() {
        String code = LINKS.code(ID);
        assertThat(code).hasSize(6).matches("[0-9A-HJKMNP-TV-Z]{6}");
        assertThat(LINKS.code(ID)).isEqualTo(code);
        assertThat(new OfferLinks("another-key", "").code(ID)).isNotEqualTo(code);
        assertThat(OfferLinks.normaliseCode(" " + code.toLowerCase() + " ")).isEqualTo(code);
    }
}
