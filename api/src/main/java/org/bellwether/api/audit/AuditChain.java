package org.bellwether.api.audit;

import io.dropwizard.db.DataSourceFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.bellwether.api.audit.db.AuditChainDao;
import org.bellwether.api.audit.db.ChainLink;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Checks the audit log's hash chain: each row's hash must be SHA-256 over the previous row's hash followed by the
 * row's canonical form, and each row must name the hash of the row before it. The database writes the chain
 * (migration V10); this recomputes it independently, so an edited field, a removed row or an inserted one shows as
 * the first row whose link does not hold. Thread-safe.
 */
public final class AuditChain {
    private static final int PAGE = 5_000;

    private final Jdbi jdbi;

    public AuditChain(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The chain of the configured database, for a check from outside the running server. */
    public static AuditChain of(DataSourceFactory database) {
        return new AuditChain(Jdbi.create(database.getUrl(), database.getUser(), database.getPassword())
                .installPlugin(new SqlObjectPlugin()));
    }

    /**
     * The outcome of a check.
     *
     * @param intact        whether every link holds
     * @param rows          rows checked (up to the first broken one)
     * @param firstBrokenId the id of the first row whose link does not hold, or null
     * @param problem       what is wrong with it, or null
     */
    public record Verification(boolean intact, long rows, Long firstBrokenId, String problem) {
    }

    public Verification verify() {
        String previous = "";
        long afterId = 0;
        long rows = 0;
        while (true) {
            long from = afterId;
            List<ChainLink> links = jdbi.withExtension(AuditChainDao.class, dao -> dao.linksAfter(from, PAGE));
            for (ChainLink link : links) {
                if (!link.prevHash().equals(previous)) {
                    return new Verification(false, rows, link.id(),
                            "does not follow the row before it (a row was removed, inserted or rewritten)");
                }
                if (!link.hash().equals(sha256(previous + link.canonical()))) {
                    return new Verification(false, rows, link.id(), "its content does not match its hash (edited)");
                }
                previous = link.hash();
                afterId = link.id();
                rows++;
            }
            if (links.size() < PAGE) {
                return new Verification(true, rows, null, null);
            }
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
