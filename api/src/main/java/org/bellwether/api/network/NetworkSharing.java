package org.bellwether.api.network;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.narratives.ImpactObservation;
import org.bellwether.api.narratives.NarrativeDetail;
import org.bellwether.api.narratives.NarrativeViews;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.playbooks.Playbook;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.model.Alert;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.NarrativeSignatures;
import org.bellwether.model.Severity;
import org.jdbi.v3.core.Jdbi;

/**
 * Shares a narrative's signature with the network: only a flagged narrative with at least
 * {@link NetworkSettings#minDistinctAuthors()} distinct authors (others are withheld and counted), built by
 * {@link NarrativeSignatures#of} (aggregates only, the city's neighbourhood names kept out of the terms), with the
 * playbook the city answered it with and the velocity before and after the first response when there was one,
 * signed with the city's key. Every share and withholding is recorded and audited. Thread-safe.
 */
public final class NetworkSharing {
    private final NetworkSettings settings;
    private final NarrativeViews narratives;
    private final PlaybookService playbooks;
    private final List<String> placeNames;
    private final SignaturePublisher publisher;
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;

    public NetworkSharing(NetworkSettings settings, NarrativeViews narratives, PlaybookService playbooks,
                          List<String> placeNames, SignaturePublisher publisher, Jdbi jdbi, DatabaseAuditTrail audit,
                          Clock clock) {
        this.settings = settings;
        this.narratives = narratives;
        this.playbooks = playbooks;
        this.placeNames = List.copyOf(placeNames);
        this.publisher = publisher;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public ShareResult share(Caller caller, String narrativeId) {
        if (!settings.enabled()) {
            throw ApiException.conflict("network sharing is off: set network.enabled, network.city and the city's key");
        }
        NarrativeDetail detail = narratives.detail(narrativeId)
                .orElseThrow(() -> ApiException.notFound("narrative", narrativeId));
        Narrative narrative = detail.narrative();
        if (!narrative.flagged() && detail.triage() == null) {
            throw ApiException.conflict("only a flagged narrative is shared with the network");
        }
        if (narrative.distinctAuthors() < settings.minDistinctAuthors()) {
            record(caller, narrative, ShareResult.WITHHELD, null);
            return new ShareResult(ShareResult.WITHHELD, narrative.distinctAuthors(), settings.minDistinctAuthors(),
                    null);
        }
        NarrativeSignature signed = NarrativeSignatures.sign(NarrativeSignatures.of(settings.city(), narrative,
                NarrativeSignatures.claimIds(narrative), placeNames, playbookUsed(narrative, detail.impact()).orElse(null), clock.instant()),
                settings.privateKey());
        publisher.publish(signed);
        record(caller, narrative, ShareResult.SHARED, signed);
        return new ShareResult(ShareResult.SHARED, narrative.distinctAuthors(), settings.minDistinctAuthors(), signed);
    }

    /** City policy: a narrative flagged critical is shared as soon as the alert arrives (once per narrative). */
    public void onAlert(Alert alert) {
        if (!settings.autoShareCritical() || alert.severity() != Severity.CRITICAL
                || jdbi.withExtension(NetworkDao.class, dao -> dao.sharedCount(alert.narrativeId())) > 0) {
            return;
        }
        if (narratives.detail(alert.narrativeId()).isPresent()) {
            share(Caller.SYSTEM, alert.narrativeId());
        }
    }

    /**
     * The playbook of the narrative's main harm category and language (the one its briefings carried), when the city
     * has responded: with the measured velocities when an hour after the response has been observed.
     */
    private Optional<NarrativeSignature.SharedPlaybook> playbookUsed(Narrative narrative, ImpactObservation impact) {
        if (impact == null) {
            return Optional.empty();
        }
        String language = narrative.languages().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("en");
        String category = narrative.harmMix().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).map(HarmCategory::wireName).orElse(PlaybookService.GENERAL);
        Optional<Playbook> playbook = playbooks.latest(category, language)
                .or(() -> playbooks.latest(PlaybookService.GENERAL, language));
        return playbook.map(p -> new NarrativeSignature.SharedPlaybook(p.category(), p.language(), p.version(),
                p.title(), p.talkingPoints(), p.dos(), p.donts(), p.safetyNote(), impact.velocityBefore(),
                impact.velocityAfter()));
    }

    private void record(Caller caller, Narrative narrative, String outcome, NarrativeSignature signed) {
        jdbi.useTransaction(handle -> {
            handle.attach(NetworkDao.class).insertShare(narrative.narrativeId(), outcome,
                    narrative.distinctAuthors(), caller.actor(), clock.instant(),
                    signed == null ? null : Json.writeString(signed));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("outcome", outcome);
            detail.put("distinctAuthors", narrative.distinctAuthors());
            detail.put("minDistinctAuthors", settings.minDistinctAuthors());
            audit.record(handle, caller, "network.share", "narrative", narrative.narrativeId(), detail);
        });
    }
}
