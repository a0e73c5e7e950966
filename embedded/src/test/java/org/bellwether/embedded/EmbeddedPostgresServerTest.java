package org.bellwether.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void keepsDataAcrossARestartAndListensOnLoopback(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.persistent(data, 0).start()) {
            String url = pg.createDatabase("bellwether");
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int primary key)");
                s.execute("INSERT INTO kept VALUES (42)");
                try (ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                }
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.persistent(data, 0).start()) {
            String url = pg.createDatabase("bellwether"); // already there: no error
            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void rejectsUnsafeDatabaseNames() {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.temporary()) {
            assertThatThrownBy(() -> pg.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
