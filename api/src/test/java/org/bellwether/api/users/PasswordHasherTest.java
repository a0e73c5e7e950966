package org.bellwether.api.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(256, 1);

    @Test
    void hashesAreSaltedArgon2idAndVerify() {
        String first = hasher.hash("correct horse battery staple");
        String second = hasher.hash("correct horse battery staple");
        assertThat(first).startsWith("$argon2id$v=19$m=256,t=1,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("correct horse battery staple", first)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", first)).isFalse();
    }

    @Test
    void hashesKeepTheirOwnCostSoOldHashesVerifyAfterARaise() {
        String old = hasher.hash("secret-secret");
        assertThat(new PasswordHasher(512, 2).verify("secret-secret", old)).isTrue();
    }

    @Test
    void malformedHashesNeverVerify() {
        assertThat(hasher.verify("x", "$2a$10$notargon")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=zz$a$b")).isFalse();
        assertThat(hasher.verify("x", null)).isFalse();
    }
}
