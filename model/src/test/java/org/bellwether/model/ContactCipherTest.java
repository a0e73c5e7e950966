package org.bellwether.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactCipherTest {
    private final String k1 = ContactCipher.newKey();
    private final String k2 = ContactCipher.newKey();

    @Test
    void sealsAndOpensWithoutRevealingThePlainText() {
        ContactCipher cipher = ContactCipher.fromBase64("k1", Map.of("k1", k1));
        String sealed = cipher.seal("+44 20 7946 0000", "tip-contact");
        assertThat(sealed).startsWith("gcm1:k1:").doesNotContain("7946");
        assertThat(cipher.seal("+44 20 7946 0000", "tip-contact")).as("fresh IV each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed, "tip-contact")).isEqualTo("+44 20 7946 0000");
        assertThat(cipher.seal(null, "tip-contact")).isNull();
    }

    @Test
    void aValueSealedForOnePurposeDoesNotOpenForAnother() {
        ContactCipher cipher = ContactCipher.fromBase64("k1", Map.of("k1", k1));
        String sealed = cipher.seal("a@example.org", "tip-contact");
        assertThatThrownBy(() -> cipher.open(sealed, "messenger-contact"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tamperingIsDetected() {
        ContactCipher cipher = ContactCipher.fromBase64("k1", Map.of("k1", k1));
        String sealed = cipher.seal("a@example.org", "tip-contact");
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> cipher.open(tampered, "tip-contact")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rotationSealsWithTheNewKeyAndStillOpensOldValues() {
        String old = ContactCipher.fromBase64("k1", Map.of("k1", k1)).seal("old", "p");
        ContactCipher rotated = ContactCipher.fromBase64("k2", Map.of("k1", k1, "k2", k2));
        assertThat(rotated.open(old, "p")).isEqualTo("old");
        String fresh = rotated.seal("new", "p");
        assertThat(ContactCipher.keyIdOf(fresh)).isEqualTo("k2");
        ContactCipher withoutOld = ContactCipher.fromBase64("k2", Map.of("k2", k2));
        assertThatThrownBy(() -> withoutOld.open(old, "p")).hasMessageContaining("unknown key id 'k1'");
    }

    @Test
    void rejectsKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new ContactCipher("k", Map.of("k", new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
