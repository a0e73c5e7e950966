package org.bellwether.api.network;

import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.network.db.TrustedCityRow;
import org.bellwether.model.NarrativeSignatures;
import org.jdbi.v3.core.Jdbi;

/** The cities whose signatures this city accepts, with their public keys; admin-managed and audited. Thread-safe. */
public final class TrustList {
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public TrustList(Jdbi jdbi, DatabaseAuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TrustedCity> all() {
        return jdbi.onDemand(NetworkDao.class).cities().stream().map(TrustList::toDomain).toList();
    }

    public TrustedCity trust(Caller caller, String city, TrustRequest request) {
        if (city == null || !city.matches("[a-z0-9][a-z0-9_-]{0,62}")) {
            throw ApiException.invalid("city", "a lower-case name: a-z, 0-9, _ and -");
        }
        try {
            NarrativeSignatures.publicKey(request.publicKey());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("publicKey", "a base64 X.509 Ed25519 public key");
        }
        return jdbi.inTransaction(handle -> {
            NetworkDao dao = handle.attach(NetworkDao.class);
            dao.trust(city, request.publicKey().trim(), request.contact(), caller.actor(), clock.instant());
            audit.record(handle, caller, "network.trust", "city", city, Map.of());
            return toDomain(dao.city(city).orElseThrow());
        });
    }

    public TrustedCity revoke(Caller caller, String city) {
        return jdbi.inTransaction(handle -> {
            NetworkDao dao = handle.attach(NetworkDao.class);
            if (dao.city(city).isEmpty()) {
                throw ApiException.notFound("city", city);
            }
            dao.revoke(city, caller.actor(), clock.instant());
            audit.record(handle, caller, "network.revoke", "city", city, Map.of());
            return toDomain(dao.city(city).orElseThrow());
        });
    }

    /** The key of a trusted, unrevoked city. */
    Optional<PublicKey> keyOf(NetworkDao dao, String city) {
        return dao.city(city).filter(row -> row.revokedAt() == null).map(row -> NarrativeSignatures.publicKey(
                row.publicKey()));
    }

    /** Why a city is not trusted, or empty when it is. */
    static Optional<String> distrust(NetworkDao dao, String city) {
        Optional<TrustedCityRow> row = dao.city(city);
        if (row.isEmpty()) {
            return Optional.of("unknown city");
        }
        if (row.get().revokedAt() != null) {
            return Optional.of("revoked city");
        }
        return Optional.empty();
    }

    private static TrustedCity toDomain(TrustedCityRow row) {
        return new TrustedCity(row.city(), row.publicKey(), row.contact(), row.addedBy(), row.addedAt(),
                row.revokedAt(), row.revokedBy());
    }
}
