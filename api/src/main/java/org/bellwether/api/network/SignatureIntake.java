package org.bellwether.api.network;

import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.model.Json;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.SchemaVersion;
import org.jdbi.v3.core.Jdbi;

/**
 * Takes in what the network's topics carry, each city's signatures on its own topic. A signature on a topic that is
 * not its city's (the broker lets only a city write its topic, so this is a replay or a misconfigured mirror), from a
 * city that is not on the trust list, from a revoked city, of a schema version this build does not know, or whose
 * Ed25519 signature does not verify against the trusted key is quarantined with the reason (table and audit) and
 * never matched. A good one is kept (the latest per narrative) and matched against the live narratives. This city's
 * own signatures are passed over (one in its name that its key did not sign is quarantined). Thread-safe and
 * idempotent for redelivered records.
 */
public final class SignatureIntake {
    /** What a record did. */
    public enum Outcome { ACCEPTED, QUARANTINED, OWN }

    /** The quarantine reason of a signature on another city's topic. */
    public static final String CITY_NOT_TOPIC = "city does not match topic";

    private final NetworkSettings settings;
    private final TrustList trust;
    private final NetworkMatching matching;
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public SignatureIntake(NetworkSettings settings, TrustList trust, NetworkMatching matching, Jdbi jdbi,
                           DatabaseAuditTrail audit, Clock clock) {
        this.settings = settings;
        this.trust = trust;
        this.matching = matching;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param topic     the full name of the topic the record came from
     * @param signature the record's value
     */
    public Outcome take(String topic, NarrativeSignature signature) {
        boolean onItsTopic = signature.city() != null
                && settings.cityOfTopic(topic).filter(signature.city()::equals).isPresent();
        if (onItsTopic && settings.city().equals(signature.city()) && NarrativeSignatures.verify(signature,
                NarrativeSignatures.publicKey(settings.publicKey()))) {
            return Outcome.OWN;
        }
        Optional<String> problem = jdbi.inTransaction(handle -> {
            NetworkDao dao = handle.attach(NetworkDao.class);
            Optional<String> reason = reject(dao, signature, onItsTopic);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("city", signature.city());
            detail.put("topic", topic);
            if (reason.isPresent()) {
                detail.put("reason", reason.get());
                dao.quarantine(clip(signature.city()), clip(signature.narrativeId()), reason.get(),
                        Json.writeString(signature), clock.instant());
                audit.record(handle, Caller.SYSTEM, "network.quarantine", "signature",
                        clip(signature.city()) + ":" + clip(signature.narrativeId()), detail);
            } else {
                dao.upsertSignature(signature.city(), signature.narrativeId(), Json.writeString(signature),
                        signature.sharedAt(), clock.instant());
                audit.record(handle, Caller.SYSTEM, "network.receive", "signature", signature.key(), detail);
            }
            return reason;
        });
        if (problem.isPresent()) {
            return Outcome.QUARANTINED;
        }
        matching.matchSignature(signature);
        return Outcome.ACCEPTED;
    }

    private Optional<String> reject(NetworkDao dao, NarrativeSignature signature, boolean onItsTopic) {
        if (!SchemaVersion.isSupported(signature.schemaVersion())) {
            return Optional.of("unsupported schema version " + signature.schemaVersion());
        }
        if (signature.city() == null || signature.narrativeId() == null || signature.sharedAt() == null) {
            return Optional.of("incomplete: city, narrativeId and sharedAt are required");
        }
        if (!onItsTopic) {
            return Optional.of(CITY_NOT_TOPIC);
        }
        if (settings.city().equals(signature.city())) {
            return Optional.of("bad signature");
        }
        Optional<String> distrust = TrustList.distrust(dao, signature.city());
        if (distrust.isPresent()) {
            return distrust;
        }
        PublicKey key = trust.keyOf(dao, signature.city()).orElseThrow();
        if (!NarrativeSignatures.verify(signature, key)) {
            return Optional.of("bad signature");
        }
        return Optional.empty();
    }

    private static String clip(String value) {
        return value == null ? null : value.length() <= 200 ? value : value.substring(0, 200);
    }
}
