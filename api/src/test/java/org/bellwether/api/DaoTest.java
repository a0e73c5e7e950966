package org.bellwether.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bellwether.api.audit.db.AuditDao;
import org.bellwether.api.audit.db.AuditRecord;
import org.bellwether.api.audit.db.AuditStatements;
import org.bellwether.api.notify.db.OutboxDao;
import org.bellwether.api.notify.db.OutboxRow;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.api.triage.db.TriageCaseRow;
import org.bellwether.api.triage.db.TriageDao;
import org.bellwether.api.users.db.UserDao;
import org.bellwether.api.users.db.UserRow;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DAOs against a real PostgreSQL (a fresh, migrated database for this class). */
class DaoTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static Jdbi jdbi;

    @BeforeAll
    static void database() {
        jdbi = TestDatabase.fresh("dao").jdbi();
    }

    @Test
    void usersLockAfterRepeatedFailuresAndUnlockOnSuccess() {
        UserDao users = jdbi.onDemand(UserDao.class);
        long id = users.insert("lock-me", "Lock Me", null, "$argon2id$x", "officer");
        Instant until = NOW.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 2; i++) {
            users.recordFailure(id, 3, until);
        }
        assertThat(users.findById(id).orElseThrow().lockedAt(NOW)).isFalse();
        users.recordFailure(id, 3, until);
        UserRow locked = users.findById(id).orElseThrow();
        assertThat(locked.failedLogins()).isEqualTo(3);
        assertThat(locked.lockedAt(NOW)).isTrue();
        assertThat(locked.lockedAt(until.plusSeconds(1))).isFalse();
        users.recordSuccess(id);
        assertThat(users.findById(id).orElseThrow().failedLogins()).isZero();
        assertThatThrownBy(() -> users.insert("x", "X", null, "h", "superuser")).hasMessageContaining("role");
    }

    @Test
    void theAuditLogFiltersAndRefusesChanges() {
        AuditDao audit = jdbi.onDemand(AuditDao.class);
        jdbi.useHandle(h -> {
            AuditStatements.appendAudit(h, NOW, "ana", "analyst", "search.posts", "post", null, "{\"q\": \"bridge\"}",
                    "127.0.0.1");
            AuditStatements.appendAudit(h, NOW.plusSeconds(1), "olga", "officer", "triage.transition", "case", "c1",
                    "{}", "127.0.0.1");
        });
        assertThat(audit.find("ana", null, null, null, null, null, 10, 0)).extracting(AuditRecord::action)
                .containsExactly("search.posts");
        assertThat(audit.find(null, "triage.", null, null, null, null, 10, 0)).hasSize(1);
        assertThat(audit.find(null, null, null, null, NOW.plusSeconds(1), null, 10, 0)).hasSize(1);
        assertThat(audit.find(null, null, null, null, null, null, 10, 0).get(0).detail()).isEqualTo("{}");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'x'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("TRUNCATE audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void triageCasesAreOnePerNarrativeRankedByPriorityAndVersioned() {
        TriageDao triage = jdbi.onDemand(TriageDao.class);
        UUID low = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        assertThat(triage.insertIfAbsent(low, "n-low", "Low", "low", 0.2, NOW, NOW.plusSeconds(60))).isEqualTo(1);
        assertThat(triage.insertIfAbsent(high, "n-high", "High", "high", 0.9, NOW, NOW.plusSeconds(60))).isEqualTo(1);
        assertThat(triage.insertIfAbsent(UUID.randomUUID(), "n-low", "Again", "low", 0.3, NOW, NOW)).isZero();
        assertThat(triage.queue(null, false, NOW, 10, 0)).extracting(TriageCaseRow::narrativeId)
                .containsExactly("n-high", "n-low");
        assertThat(triage.queue(null, true, NOW.plusSeconds(120), 10, 0)).hasSize(2);
        assertThat(triage.transition(low, 1, "acknowledged", null, null)).isEqualTo(1);
        assertThat(triage.transition(low, 1, "monitoring", null, NOW)).as("stale version").isZero();
        assertThat(triage.find(low).orElseThrow().version()).isEqualTo(2);
        assertThat(triage.findByNarratives(List.of("n-low", "n-high", "none"))).hasSize(2);
        assertThat(triage.insertAlert("a1", low, "n-low", "burst", "low", 0.2, "r", NOW)).isEqualTo(1);
        assertThat(triage.insertAlert("a1", low, "n-low", "burst", "low", 0.2, "r", NOW)).isZero();
    }

    @Test
    void theOutboxQueuesOncePerKeyAndLeasesClaimedRows() {
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        assertThat(outbox.enqueue("email", null, "sealed", "s", "b", "k1")).isEqualTo(1);
        assertThat(outbox.enqueue("email", null, "sealed", "s", "b", "k1")).isZero();
        outbox.enqueue("kafka", "n1", null, null, "{}", "k2");
        Instant now = Instant.now();
        List<OutboxRow> claimed = outbox.claimDue(List.of("email"), now, now.plusSeconds(120), 10);
        assertThat(claimed).extracting(OutboxRow::dedupKey).containsExactly("k1");
        assertThat(outbox.claimDue(List.of("email"), now, now.plusSeconds(120), 10)).as("leased").isEmpty();
        outbox.markFailed(claimed.get(0).id(), "down", now.minusSeconds(1), 2, now);
        assertThat(outbox.claimDue(List.of("email"), now, now.plusSeconds(120), 10)).hasSize(1);
        outbox.markFailed(claimed.get(0).id(), "down", now.minusSeconds(1), 2, now);
        assertThat(outbox.claimDue(List.of("email"), now, now.plusSeconds(120), 10)).as("gave up").isEmpty();
        assertThat(outbox.all().get(0).failedAt()).isNotNull();
    }
}
