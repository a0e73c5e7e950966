package org.bellwether.api.network;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.network.db.NetworkDao;
import org.bellwether.api.network.db.ReceivedRow;
import org.bellwether.api.triage.AlertIntake;
import org.bellwether.model.Alert;
import org.bellwether.model.Json;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeSignature;
import org.bellwether.model.SchemaVersion;
import org.bellwether.model.Severity;
import org.bellwether.model.SignatureMatcher;
import org.bellwether.search.NarrativeHit;
import org.bellwether.search.NarrativeQuery;
import org.bellwether.search.SearchResult;
import org.bellwether.search.SearchService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches received signatures against this city's live narratives (the first {@link NetworkSettings#liveNarratives()}
 * by priority): when a signature arrives, and every {@link NetworkSettings#matchInterval()} for the narratives that
 * have grown since. A pair is recorded once. A match with a narrative this city has not flagged yet raises an
 * early-warning alert into the triage queue (rule {@value #RULE}, idempotent by the pair). Thread-safe.
 */
public final class NetworkMatching implements Managed {
    public static final String RULE = "network-early-warning";
    private static final Logger LOG = LoggerFactory.getLogger(NetworkMatching.class);

    private final NetworkSettings settings;
    private final SearchService search;
    private final AlertIntake alerts;
    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public NetworkMatching(NetworkSettings settings, SearchService search, AlertIntake alerts, Jdbi jdbi,
                           DatabaseAuditTrail audit, Clock clock) {
        this.settings = settings;
        this.search = search;
        this.alerts = alerts;
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Matches one signature against the live narratives; returns how many new matches it made. */
    public int matchSignature(NarrativeSignature signature) {
        return matchAll(List.of(signature), live());
    }

    /** Matches every signature received within the look-back against the live narratives. */
    public int scan() {
        List<NarrativeSignature> signatures = new ArrayList<>();
        for (ReceivedRow row : jdbi.withExtension(NetworkDao.class, dao -> dao.signaturesSince(
                clock.instant().minus(settings.lookBack())))) {
            signatures.add(Json.read(row.signature().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    NarrativeSignature.class));
        }
        return signatures.isEmpty() ? 0 : matchAll(signatures, live());
    }

    private int matchAll(List<NarrativeSignature> signatures, List<Narrative> narratives) {
        int made = 0;
        for (NarrativeSignature signature : signatures) {
            for (Narrative narrative : narratives) {
                SignatureMatcher.Match match = settings.matcher().match(signature, narrative,
                        narrative.claims().keySet());
                if (match.matched() && record(signature, narrative, match)) {
                    made++;
                }
            }
        }
        return made;
    }

    private List<Narrative> live() {
        List<Narrative> narratives = new ArrayList<>();
        int pageSize = 100;
        for (int page = 0; narratives.size() < settings.liveNarratives(); page++) {
            SearchResult<NarrativeHit> result = search.searchNarratives(new NarrativeQuery(null, null, null, false,
                    page, pageSize));
            result.hits().forEach(hit -> narratives.add(hit.narrative()));
            if (result.hits().size() < pageSize) {
                break;
            }
        }
        return narratives.size() > settings.liveNarratives() ? narratives.subList(0, settings.liveNarratives())
                : narratives;
    }

    private boolean record(NarrativeSignature signature, Narrative narrative, SignatureMatcher.Match match) {
        boolean earlyWarning = !narrative.flagged();
        boolean inserted = jdbi.inTransaction(handle -> {
            if (handle.attach(NetworkDao.class).insertMatch(narrative.narrativeId(), signature.city(),
                    signature.narrativeId(), match.termCosine(), Json.writeString(match.sharedTerms()),
                    match.sharedUrls(), match.sharedClaims(), earlyWarning, clock.instant()) == 0) {
                return false;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("city", signature.city());
            detail.put("remoteNarrativeId", signature.narrativeId());
            detail.put("earlyWarning", earlyWarning);
            audit.record(handle, Caller.SYSTEM, "network.match", "narrative", narrative.narrativeId(), detail);
            return true;
        });
        if (inserted && earlyWarning) {
            alerts.ingest(earlyWarning(signature, narrative, match));
        }
        return inserted;
    }

    private Alert earlyWarning(NarrativeSignature signature, Narrative narrative, SignatureMatcher.Match match) {
        double harm = signature.harm().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Severity severity = harm >= 0.5 ? Severity.HIGH : Severity.MEDIUM;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("termCosine", match.termCosine());
        metrics.put("sharedTerms", (double) match.sharedTerms().size());
        metrics.put("sharedUrls", (double) match.sharedUrls());
        metrics.put("remotePeakVelocity", signature.peakVelocity());
        return new Alert(SchemaVersion.CURRENT, "network:" + signature.key() + ":" + narrative.narrativeId(),
                narrative.narrativeId(), "Early warning from " + signature.city() + ": " + narrative.label(), RULE,
                severity, narrative.priority(),
                NetworkSummary.sentence(signature, clock.instant()), metrics, clock.instant());
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "network-matching");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.matchInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::scanQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void scanQuietly() {
        try {
            int made = scan();
            if (made > 0) {
                LOG.info("{} new network matches", made);
            }
        } catch (RuntimeException e) {
            LOG.warn("network matching failed, trying again in {}: {}", settings.matchInterval(), e.toString());
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
