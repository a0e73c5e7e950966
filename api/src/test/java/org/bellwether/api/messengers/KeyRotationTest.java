package org.bellwether.api.messengers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.support.TestDatabase;
import org.bellwether.model.ContactCipher;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The documented rotation: add a key and make it active, re-seal, and the old key is no longer needed. */
class KeyRotationTest {

    @Test
    void resealingMovesEveryContactToTheActiveKey() {
        Jdbi jdbi = TestDatabase.fresh("rotation").jdbi();
        String oldKey = ContactCipher.newKey();
        String newKey = ContactCipher.newKey();
        DatabaseAuditTrail audit = new DatabaseAuditTrail(jdbi, Clock.systemUTC());
        MessengerService before = new MessengerService(jdbi,
                ContactCipher.fromBase64("k1", Map.of("k1", oldKey)), audit, Clock.systemUTC(),
                new ReachAddresses("reach-key-for-tests"));
        Messenger created = before.create(Caller.SYSTEM, new MessengerRequest("Ana", "ana-r", "ana@example.org",
                "+00 555 0100", new MessengerProfile(List.of(), List.of(), List.of(), List.of(), List.of()), 2, true,
                null, null, true, true, "es", null));
        assertThat(ContactCipher.keyIdOf(created.emailSealed())).isEqualTo("k1");

        MessengerService during = new MessengerService(jdbi,
                ContactCipher.fromBase64("k2", Map.of("k1", oldKey, "k2", newKey)), audit, Clock.systemUTC(),
                new ReachAddresses("reach-key-for-tests"));
        assertThat(during.resealAll(Caller.SYSTEM)).isEqualTo(1);
        assertThat(during.resealAll(Caller.SYSTEM)).as("nothing left under k1").isZero();

        MessengerService after = new MessengerService(jdbi,
                ContactCipher.fromBase64("k2", Map.of("k2", newKey)), audit, Clock.systemUTC(),
                new ReachAddresses("reach-key-for-tests"));
        assertThat(after.contact(Caller.SYSTEM, created.id()).email()).isEqualTo("ana@example.org");
        assertThat(after.contact(Caller.SYSTEM, created.id()).phone()).isEqualTo("+00 555 0100");
    }
}
