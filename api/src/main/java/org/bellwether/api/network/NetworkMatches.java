package org.bellwether.api.network;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.network.db.MatchRow;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.playbooks.Playbook;
import org.bellwether.api.playbooks.PlaybookRequest;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.model.Json;
import org.bellwether.model.NarrativeSignature;
import org.jdbi.v3.core.Jdbi;

/** A narrative's matches with other cities, and the import of their playbook into this city's library. Thread-safe. */
public final class NetworkMatches {
    private static final int MAX_ITEMS = 20;
    private static final int MAX_ITEM = 1000;

    private final PlaybookService playbooks;
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public NetworkMatches(PlaybookService playbooks, Jdbi jdbi, DatabaseAuditTrail audit, Clock clock) {
        this.playbooks = playbooks;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public List<NetworkMatchView> of(String narrativeId) {
        return jdbi.withExtension(NetworkDao.class, dao -> dao.matches(narrativeId)).stream().map(this::view)
                .toList();
    }

    /**
     * Publishes the other city's playbook as the next version of this city's playbook for the same category and
     * language, its title saying where it came from.
     */
    public Playbook importPlaybook(Caller caller, long matchId) {
        MatchRow row = jdbi.withExtension(NetworkDao.class, dao -> dao.match(matchId))
                .orElseThrow(() -> ApiException.notFound("match", String.valueOf(matchId)));
        NarrativeSignature.SharedPlaybook shared = signature(row).playbook();
        if (shared == null || shared.talkingPoints().isEmpty()) {
            throw ApiException.conflict(row.city() + " shared no playbook with this narrative");
        }
        if (shared.language() == null || !shared.language().matches("[a-z]{2,3}") || shared.title() == null) {
            throw ApiException.conflict(row.city() + "'s playbook has no valid language or title");
        }
        String title = clip("From " + row.city() + ": " + shared.title(), 200);
        Playbook published = playbooks.publish(caller, new PlaybookRequest(shared.category(), shared.language(),
                title, clip(shared.talkingPoints()), clip(shared.dos()), clip(shared.donts()),
                shared.safetyNote() == null ? null : clip(shared.safetyNote(), 2000)));
        jdbi.useTransaction(handle -> {
            handle.attach(NetworkDao.class).playbookImported(matchId, clock.instant());
            audit.record(handle, caller, "network.import-playbook", "narrative", row.narrativeId(), Map.of(
                    "city", row.city(), "remoteNarrativeId", row.remoteNarrativeId(), "playbookId", published.id()));
        });
        return published;
    }

    private NetworkMatchView view(MatchRow row) {
        NarrativeSignature signature = signature(row);
        @SuppressWarnings("unchecked")
        List<String> sharedTerms = Json.read(row.sharedTerms().getBytes(StandardCharsets.UTF_8), List.class);
        return new NetworkMatchView(row.id(), row.city(), row.remoteNarrativeId(),
                NetworkSummary.sentence(signature, clock.instant()), signature.firstSeen(), signature.languages(),
                signature.peakVelocity(), signature.harm(),
                signature.playbook() == null ? null : signature.playbook().change(), signature.playbook(),
                sharedTerms, row.sharedUrls(), signature.claimIds(), row.sharedClaims(), row.termCosine(), row.earlyWarning(), row.matchedAt(),
                row.playbookImportedAt());
    }

    private static NarrativeSignature signature(MatchRow row) {
        return Json.read(row.signature().getBytes(StandardCharsets.UTF_8), NarrativeSignature.class);
    }

    private static List<String> clip(List<String> items) {
        return items.stream().filter(item -> item != null && !item.isBlank()).limit(MAX_ITEMS)
                .map(item -> clip(item, MAX_ITEM)).toList();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
