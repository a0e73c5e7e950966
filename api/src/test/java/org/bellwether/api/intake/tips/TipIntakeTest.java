package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.Tip;
import org.bellwether.model.TipContact;
import org.bellwether.ingest.CollectorCounters;
import org.junit.jupiter.api.Test;

class TipIntakeTest {
    static final ContactCipher CIPHER = new ContactCipher("k1", Map.of("k1", new byte[32]));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    private final List<Tip> published = new ArrayList<>();
    private final CollectorCounters counters = new CollectorCounters("tips");
    private final TipIntake intake = new TipIntake(published::add, CIPHER, AddressRateLimiter.standard(CLOCK),
            () -> List.of("Old Harbour", "Saint-Roch"), CLOCK, counters);

    private static TipSubmission tip(String text, boolean consent) {
        return new TipSubmission("web", text, List.of("https://social.example/@x/1", ""), "fr-CA", "saint-roch",
                "voisine@example.net", consent, "");
    }

    @Test
    void acceptsAValidTipSealsTheContactAndGivesAReference() {
        TipIntake.Outcome outcome = intake.submit(tip("Des affiches haineuses rue Tanner, voir https://x.example/a", true),
                "203.0.113.9");
        assertThat(outcome.status()).isEqualTo(TipIntake.Status.ACCEPTED);
        assertThat(outcome.reference()).matches("BW-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        Tip tip = published.get(0);
        assertThat(tip.tipId()).isEqualTo(outcome.reference());
        assertThat(tip.language()).isEqualTo("fr");
        assertThat(tip.neighbourhood()).isEqualTo("Saint-Roch");
        assertThat(tip.urls()).containsExactly("https://social.example/@x/1", "https://x.example/a");
        assertThat(tip.consent()).isTrue();
        assertThat(tip.receivedAt()).isEqualTo(CLOCK.instant());
        assertThat(tip.contactSealed()).startsWith("gcm1:k1:").doesNotContain("voisine");
        assertThat(CIPHER.open(tip.contactSealed(), TipContact.PURPOSE)).isEqualTo("voisine@example.net");
        assertThat(counters.snapshot().collected()).isEqualTo(1);
    }

    @Test
    void contactDetailsTypedIntoTheReportTravelOnlySealed() {
        TipIntake.Outcome outcome = intake.submit(tip("Flyers at the market, call me on +33 6 12 34 56 78 or "
                + "write to amel.k@mail.example", true), "203.0.113.9");
        assertThat(outcome.status()).isEqualTo(TipIntake.Status.ACCEPTED);
        Tip tip = published.get(0);
        assertThat(tip.text()).isEqualTo("Flyers at the market, call me on [phone removed] or write to "
                + "[e-mail removed]");
        assertThat(CIPHER.open(tip.contactSealed(), TipContact.PURPOSE))
                .isEqualTo("voisine@example.net\namel.k@mail.example\n+33 6 12 34 56 78");
    }

    @Test
    void refusesWithoutConsentOrTextOrWithUnknownPlacesAndBadLinks() {
        TipIntake.Outcome outcome = intake.submit(new TipSubmission("web", " ", List.of("javascript:alert(1)"), "en",
                "Atlantis", null, false, null), "203.0.113.9");
        assertThat(outcome.status()).isEqualTo(TipIntake.Status.INVALID);
        assertThat(outcome.errors()).containsExactly("text", "consent", "urls", "neighbourhood");
        assertThat(published).isEmpty();
        assertThat(counters.snapshot().invalid()).isEqualTo(1);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButIsDropped() {
        TipIntake.Outcome outcome = intake.submit(new TipSubmission("web", "Buy cheap watches", List.of(), "en", null,
                null, true, "http://spam.example"), "198.51.100.7");
        assertThat(outcome.status()).isEqualTo(TipIntake.Status.DISCARDED);
        assertThat(outcome.reference()).startsWith("BW-");
        assertThat(published).isEmpty();
    }

    @Test
    void limitsEachAddressButNotOthers() {
        for (int i = 0; i < 5; i++) {
            assertThat(intake.submit(tip("Report number " + i, true), "203.0.113.9").status())
                    .isEqualTo(TipIntake.Status.ACCEPTED);
        }
        assertThat(intake.submit(tip("One too many", true), "203.0.113.9").status())
                .isEqualTo(TipIntake.Status.RATE_LIMITED);
        assertThat(intake.submit(tip("Another neighbour", true), "203.0.113.10").status())
                .isEqualTo(TipIntake.Status.ACCEPTED);
    }

    @Test
    void aPublisherFailureIsReportedAndCounted() {
        TipIntake failing = new TipIntake(tip -> {
            throw new IllegalStateException("broker down");
        }, CIPHER, AddressRateLimiter.standard(CLOCK), () -> List.of("Saint-Roch"), CLOCK, counters);
        assertThat(failing.submit(tip("Something happened", true), "203.0.113.9").status())
                .isEqualTo(TipIntake.Status.FAILED);
        assertThat(counters.snapshot().failed()).isEqualTo(1);
    }
}
