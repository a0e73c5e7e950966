package org.bellwether.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bellwether.api.common.Caller;
import org.bellwether.api.support.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The audit log's hash chain against a real PostgreSQL: concurrent appends form one chain, and an edit breaks it. */
class AuditChainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00.123456Z"), ZoneOffset.UTC);

    @Test
    void concurrentAppendsFormOneChainThatVerifies() throws Exception {
        Jdbi jdbi = TestDatabase.fresh("chain-concurrent").jdbi();
        appendConcurrently(jdbi, 6, 25);
        AuditChain.Verification result = new AuditChain(jdbi).verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.rows()).isEqualTo(150);
        long predecessors = jdbi.withHandle(h -> h.createQuery("SELECT count(DISTINCT prev_hash) FROM audit_log")
                .mapTo(Long.class).one());
        assertThat(predecessors).as("no two rows follow the same row").isEqualTo(150);
    }

    @Test
    void anEditedRowADeletedRowAndAnInsertedOneAreFound() {
        Jdbi jdbi = TestDatabase.fresh("chain-tamper").jdbi();
        DatabaseAuditTrail trail = new DatabaseAuditTrail(jdbi, CLOCK);
        for (int i = 0; i < 10; i++) {
            trail.record(new Caller("officer", "officer", "127.0.0.1"), "triage.view", "case", "c-" + i,
                    Map.of("n", i, "note", "quote \" and , comma"));
        }
        AuditChain chain = new AuditChain(jdbi);
        assertThat(chain.verify().intact()).isTrue();

        // someone with the database's owner rights edits a row behind the append-only trigger's back
        jdbi.useHandle(h -> {
            h.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
            h.execute("UPDATE audit_log SET actor = 'someone-else' WHERE target_id = 'c-4'");
            h.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change");
        });
        AuditChain.Verification edited = chain.verify();
        assertThat(edited.intact()).isFalse();
        long editedId = jdbi.withHandle(h -> h.createQuery("SELECT id FROM audit_log WHERE target_id = 'c-4'")
                .mapTo(Long.class).one());
        assertThat(edited.firstBrokenId()).isEqualTo(editedId);
        assertThat(edited.rows()).isEqualTo(4);
        assertThat(edited.problem()).contains("edited");

        jdbi.useHandle(h -> {
            h.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
            h.execute("DELETE FROM audit_log WHERE target_id IN ('c-4')");
            h.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change");
        });
        AuditChain.Verification removed = chain.verify();
        assertThat(removed.intact()).isFalse();
        assertThat(removed.firstBrokenId()).isGreaterThan(editedId);
        assertThat(removed.problem()).contains("does not follow");
    }

    @Test
    void detailKeyOrderDoesNotMatterButItsValuesDo() {
        Jdbi jdbi = TestDatabase.fresh("chain-detail").jdbi();
        new DatabaseAuditTrail(jdbi, CLOCK).record(new Caller("admin", "admin", null), "users.list", null, null,
                Map.of("b", 2, "a", 1));
        AuditChain chain = new AuditChain(jdbi);
        assertThat(chain.verify().intact()).isTrue();
        jdbi.useHandle(h -> {
            h.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
            h.execute("UPDATE audit_log SET detail = '{\"a\": 1, \"b\": 3}'::jsonb");
            h.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change");
        });
        assertThat(chain.verify().intact()).isFalse();
    }

    private static void appendConcurrently(Jdbi jdbi, int writers, int each) throws Exception {
        DatabaseAuditTrail trail = new DatabaseAuditTrail(jdbi, CLOCK);
        BufferedAuditTrail buffered = new BufferedAuditTrail(jdbi, CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                AuditTrail target = w % 2 == 0 ? trail : buffered;
                String actor = "writer-" + w;
                done.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < each; i++) {
                        target.record(new Caller(actor, "officer", null), "search.posts", null, null, Map.of("i", i));
                    }
                }, pool));
            }
            CompletableFuture.allOf(done.toArray(new CompletableFuture[0])).get();
        } finally {
            pool.shutdown();
        }
    }
}
