package org.bellwether.api.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.support.Alerts;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Alerts becoming triage cases, against a real PostgreSQL, on a fixed clock. */
class AlertIntakeTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final TriageSettings SETTINGS = new TriageSettings(Map.of(Severity.CRITICAL, Duration.ofHours(1),
            Severity.HIGH, Duration.ofHours(4), Severity.MEDIUM, Duration.ofHours(24), Severity.LOW,
            Duration.ofHours(72)), Duration.ofMinutes(1));
    private static Jdbi jdbi;
    private static AlertIntake intake;

    @BeforeAll
    static void database() {
        jdbi = TestDatabase.fresh("intake").jdbi();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        intake = new AlertIntake(jdbi, SETTINGS, new DatabaseAuditTrail(jdbi, clock), clock);
    }

    @Test
    void theTargetRunsFromTheFlagWhenItArrivesAtOnce() {
        assertThat(intake.ingest(Alerts.alert("n-live", Severity.HIGH, NOW.minusSeconds(2))))
                .isEqualTo(AlertIntake.Outcome.CREATED);
        TriageCaseRow row = row("n-live");
        assertThat(row.firstFlaggedAt()).isEqualTo(NOW.minusSeconds(2));
        assertThat(row.targetAt()).isEqualTo(NOW.plus(Duration.ofHours(4)));
    }

    /** A backlog or a replayed day reaches the team late: the case keeps its event time but is not born overdue. */
    @Test
    void aFlagThatArrivesLateIsNotOverdueOnArrival() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        intake.ingest(Alerts.alert("n-replayed", Severity.CRITICAL, yesterday));
        TriageCaseRow row = row("n-replayed");
        assertThat(row.firstFlaggedAt()).isEqualTo(yesterday);
        assertThat(row.targetAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aRepeatedAlertIsTakenOnce() {
        var alert = Alerts.alert("n-twice", Severity.MEDIUM, NOW);
        assertThat(intake.ingest(alert)).isEqualTo(AlertIntake.Outcome.CREATED);
        assertThat(intake.ingest(alert)).isEqualTo(AlertIntake.Outcome.DUPLICATE);
        assertThat(intake.ingest(Alerts.alert("n-twice", Severity.HIGH, NOW.plusSeconds(60))))
                .isEqualTo(AlertIntake.Outcome.REFLAGGED);
        assertThat(row("n-twice").severity()).isEqualTo("high");
        assertThat(row("n-twice").targetAt()).as("the sooner target of the higher severity")
                .isEqualTo(NOW.plusSeconds(60).plus(Duration.ofHours(4)));
    }

    private static TriageCaseRow row(String narrativeId) {
        return jdbi.onDemand(TriageDao.class).findByNarrative(narrativeId).orElseThrow();
    }
}
