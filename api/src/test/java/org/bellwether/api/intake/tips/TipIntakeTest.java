package org.bellwether.api.intake.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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

    @Test
    void onlyAcceptedTipsUseTheTipBudgetAndInvalidOnesHaveTheirOwnLooserOne() {
        for (int i = 0; i < 20; i++) {
            assertThat(intake.submit(tip("x", true), "203.0.113.9").status()).isEqualTo(TipIntake.Status.INVALID);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(intake.submit(tip("Report number " + i, true), "203.0.113.9").status())
                    .as("twenty mistakes did not use up the five tips").isEqualTo(TipIntake.Status.ACCEPTED);
        }
        TipIntake.Outcome limited = intake.submit(tip("One too many", true), "203.0.113.9");
        assertThat(limited.status()).isEqualTo(TipIntake.Status.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofMinutes(12));
        for (int i = 0; i < 10; i++) {
            intake.submit(tip("y", true), "198.51.100.7");
        }
        assertThat(intake.submit(tip("z", false), "198.51.100.7").status())
                .as("thirty refusals spend the looser budget").isEqualTo(TipIntake.Status.INVALID);
        for (int i = 0; i < 19; i++) {
            intake.submit(tip("z", true), "198.51.100.7");
        }
        assertThat(intake.submit(tip("z", true), "198.51.100.7").status()).isEqualTo(TipIntake.Status.RATE_LIMITED);
    }

    @Test
    void aTipTheServerFailedToPublishIsGivenBackToTheBudget() {
        AddressRateLimiter budget = new AddressRateLimiter(1, 1, CLOCK);
        TipIntake failing = new TipIntake(tip -> {
            throw new IllegalStateException("broker down");
        }, CIPHER, budget, () -> List.of("Saint-Roch"), CLOCK, counters);
        assertThat(failing.submit(tip("Something happened", true), "203.0.113.9").status())
                .isEqualTo(TipIntake.Status.FAILED);
        assertThat(budget.retryAfter("web:203.0.113.9")).isZero();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        String one = ClientNetwork.of("2001:db8:1:2:a:b:c:d");
        assertThat(one).isEqualTo("2001:0db8:0001:0002::/64")
                .isEqualTo(ClientNetwork.of("2001:db8:1:2:ffff::1")).isEqualTo(ClientNetwork.of("[2001:db8:1:2::9]"));
        assertThat(ClientNetwork.of("2001:db8:1:3::1")).isNotEqualTo(one);
        assertThat(ClientNetwork.of("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientNetwork.of("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientNetwork.of("+15550100999")).isEqualTo("+15550100999");
        for (int i = 0; i < 5; i++) {
            assertThat(intake.submit(tip("Report " + i, true), ClientNetwork.of("2001:db8:1:2::" + (i + 1))).status())
                    .isEqualTo(TipIntake.Status.ACCEPTED);
        }
        assertThat(intake.submit(tip("From a new address in the same /64", true),
                ClientNetwork.of("2001:db8:1:2::99")).status()).isEqualTo(TipIntake.Status.RATE_LIMITED);
        assertThat(intake.submit(tip("Another home", true), ClientNetwork.of("2001:db8:1:3::1")).status())
                .isEqualTo(TipIntake.Status.ACCEPTED);
    }
}
