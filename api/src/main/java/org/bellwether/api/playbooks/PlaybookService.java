package org.bellwether.api.playbooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.api.audit.DatabaseAuditTrail;
import org.bellwether.api.common.ApiException;
import org.bellwether.api.common.Caller;
import org.bellwether.api.playbooks.db.PlaybookDao;
import org.bellwether.api.playbooks.db.PlaybookRow;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Json;
import org.jdbi.v3.core.Jdbi;

/** The admin-managed playbook library: versioned talking points per harm category and language. Thread-safe. */
public final class PlaybookService {
    public static final String GENERAL = "general";

    private final Jdbi jdbi;
    private final DatabaseAuditTrail audit;

    public PlaybookService(Jdbi jdbi, DatabaseAuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public List<Playbook> latest() {
        return jdbi.onDemand(PlaybookDao.class).latestAll().stream().map(PlaybookService::toDomain).toList();
    }

    public List<Playbook> history(String category, String language) {
        return jdbi.onDemand(PlaybookDao.class).history(category, language).stream().map(PlaybookService::toDomain)
                .toList();
    }

    public Optional<Playbook> latest(String category, String language) {
        return jdbi.onDemand(PlaybookDao.class).latest(category, language).map(PlaybookService::toDomain);
    }

    public Playbook publish(Caller caller, PlaybookRequest request) {
        if (!GENERAL.equals(request.category()) && java.util.Arrays.stream(HarmCategory.values())
                .noneMatch(c -> c.wireName().equals(request.category()))) {
            throw ApiException.invalid("category", "a harm category wire name or general");
        }
        return jdbi.inTransaction(handle -> {
            PlaybookDao dao = handle.attach(PlaybookDao.class);
            dao.insertNextVersion(request.category(), request.language(), request.title(),
                    Json.writeString(request.talkingPoints()),
                    Json.writeString(request.dos() == null ? List.of() : request.dos()),
                    Json.writeString(request.donts() == null ? List.of() : request.donts()), request.safetyNote(),
                    caller.actor());
            Playbook published = toDomain(dao.latest(request.category(), request.language()).orElseThrow());
            audit.record(handle, caller, "playbook.publish", "playbook", request.category() + "/"
                    + request.language(), Map.of("version", published.version()));
            return published;
        });
    }

    @SuppressWarnings("unchecked")
    private static Playbook toDomain(PlaybookRow row) {
        return new Playbook(row.id(), row.category(), row.language(), row.version(), row.title(),
                Json.read(row.talkingPoints(), List.class), Json.read(row.dos(), List.class),
                Json.read(row.donts(), List.class), row.safetyNote(), row.createdBy(), row.createdAt());
    }
}
