package org.bellwether.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.embedded.EmbeddedPostgresServer;
import org.bellwether.tools.cli.Cli;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bellwether audit verify} against a real database: it passes on an intact chain and finds an edited row. */
class AuditCommandTest {
    @TempDir
    Path dir;

    @Test
    void verifyPassesOnAnIntactChainAndFailsOnAnEditedRow() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.temporary().start()) {
            String url = postgres.createDatabase("audit_verify");
            Flyway.configure().dataSource(url, EmbeddedPostgresServer.SUPERUSER, "")
                    .locations("classpath:db/migration").load().migrate();
            Jdbi jdbi = Jdbi.create(url, EmbeddedPostgresServer.SUPERUSER, "");
            DatabaseAuditTrail trail = new DatabaseAuditTrail(jdbi, Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                trail.record(new Caller("officer", "officer", "127.0.0.1"), "triage.view", "case", "c-" + i,
                        Map.of("i", i));
            }
            Path config = dir.resolve("api.yml");
            Files.writeString(config, """
                    database:
                      driverClass: org.postgresql.Driver
                      url: %s
                      user: postgres
                      password: ""
                    """.formatted(url));

            StringWriter out = new StringWriter();
            assertThat(verify(config, out)).as(out.toString()).isZero();
            assertThat(out.toString()).contains("intact: 5 rows");

            jdbi.useHandle(h -> {
                h.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
                h.execute("UPDATE audit_log SET target_id = 'c-x' WHERE target_id = 'c-2'");
                h.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change");
            });
            StringWriter broken = new StringWriter();
            assertThat(verify(config, broken)).isEqualTo(1);
            long edited = jdbi.withHandle(h -> h.createQuery("SELECT id FROM audit_log WHERE target_id = 'c-x'")
                    .mapTo(Long.class).one());
            assertThat(broken.toString()).contains("broken at row " + edited + ":", "edited");
        }
    }

    private static int verify(Path config, StringWriter output) {
        CommandLine command = Cli.commandLine(new BellwetherCommand());
        command.setOut(new PrintWriter(output, true));
        command.setErr(new PrintWriter(output, true));
        return command.execute("audit", "verify", config.toString());
    }
}
