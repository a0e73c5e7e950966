package org.bellwether.api.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.api.triage.TriageSettings;
import org.bellwether.model.Alert;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Feeds alerts straight into a database, as the alerts consumer would. */
public final class Alerts {
    private final AlertIntake intake;
    private final Jdbi jdbi;

    public Alerts(String jdbcUrl) {
        this.jdbi = Jdbi.create(jdbcUrl, "postgres", "").installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        TriageSettings settings = new TriageSettings(Map.of(Severity.CRITICAL, java.time.Duration.ofHours(1),
                Severity.HIGH, java.time.Duration.ofHours(4), Severity.MEDIUM, java.time.Duration.ofHours(24),
                Severity.LOW, java.time.Duration.ofHours(72)), java.time.Duration.ofMinutes(1));
        this.intake = new AlertIntake(jdbi, settings, new DatabaseAuditTrail(jdbi, Clock.systemUTC()),
                Clock.systemUTC());
    }

    public static Alert alert(String narrativeId, Severity severity, Instant at) {
        return new Alert(SchemaVersion.CURRENT, UUID.randomUUID().toString(), narrativeId, "Label " + narrativeId,
                "burst", severity, 0.8, "volume tripled", Map.of("velocity", 12.0), at);
    }

    /** Flags the narrative now and returns the case id. */
    public UUID flag(String narrativeId) {
        intake.ingest(alert(narrativeId, Severity.HIGH, Instant.now()));
        return caseOf(narrativeId);
    }

    public AlertIntake intake() {
        return intake;
    }

    public UUID caseOf(String narrativeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM triage_cases WHERE narrative_id = :n")
                .bind("n", narrativeId).mapTo(UUID.class).one());
    }

    /** Forces a case into a state (test set-up only). */
    public void forceCase(UUID caseId, String state) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE triage_cases SET state = :s, version = version + 1 WHERE id = :id")
                .bind("s", state).bind("id", caseId).execute());
    }

    /** Forces an assignment into a state (test set-up only). */
    public void forceAssignment(UUID assignmentId, String state) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE assignments SET state = :s, version = version + 1 WHERE id = :id")
                .bind("s", state).bind("id", assignmentId).execute());
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
