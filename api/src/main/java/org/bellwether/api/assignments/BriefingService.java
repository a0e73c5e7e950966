package org.bellwether.api.assignments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bellwether.api.assignments.db.AssignmentRow;
import org.bellwether.api.audit.AuditTrail;
import org.bellwether.api.common.Caller;
import org.bellwether.api.common.UserPrincipal;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerService;
import org.bellwether.api.playbooks.PlaybookService;
import org.bellwether.api.playbooks.Playbook;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Narrative;
import org.bellwether.model.RepresentativePost;
import org.bellwether.search.SearchService;

/**
 * Builds the briefing pack of an assignment: the narrative in numbers, a few representative posts (the
 * messenger's language first), the latest approved talking points for its top harm categories and for
 * {@code general} (each in the messenger's language where a translation exists, else English; {@code translated}
 * says whether everything was), do and don't guidance and a personal-safety note in the messenger's language
 * (en, es, fr, ar). Every view is audited. Thread-safe.
 */
public final class BriefingService {
    private static final int MAX_POSTS = 3;
    private static final int MAX_CATEGORIES = 2;

    private final AssignmentService assignments;
    private final MessengerService messengers;
    private final PlaybookService playbooks;
    private final SearchService search;
    private final AuditTrail audit;

    public BriefingService(AssignmentService assignments, MessengerService messengers, PlaybookService playbooks,
                           SearchService search, AuditTrail audit) {
        this.assignments = assignments;
        this.messengers = messengers;
        this.playbooks = playbooks;
        this.search = search;
        this.audit = audit;
    }

    public Briefing build(Caller caller, UserPrincipal user, UUID assignmentId, String format) {
        AssignmentRow row = assignments.visible(user, assignmentId);
        audit.record(caller, "briefing.view", "assignment", assignmentId.toString(),
                Map.of("format", format, "narrativeId", row.narrativeId()));
        Messenger messenger = messengers.get(row.messengerId());
        String wanted = messenger.preferredLanguage();
        Narrative narrative = search.narrative(row.narrativeId()).orElse(null);
        String label = assignments.view(row).narrativeLabel();

        List<String> categories = narrative == null ? List.of() : narrative.harmMix().entrySet().stream()
                .filter(e -> e.getKey().isHarm())
                .sorted(Map.Entry.<HarmCategory, Double>comparingByValue().reversed())
                .limit(MAX_CATEGORIES).map(e -> e.getKey().wireName()).toList();
        List<Briefing.TalkingPoints> points = new ArrayList<>();
        Set<String> dos = new LinkedHashSet<>();
        Set<String> donts = new LinkedHashSet<>();
        String safety = null;
        String language = BriefingTexts.supports(wanted) ? wanted : "en";
        boolean translated = language.equals(wanted);
        List<String> wantedCategories = new ArrayList<>(categories);
        wantedCategories.add(PlaybookService.GENERAL);
        for (String category : wantedCategories) {
            Optional<Playbook> playbook = playbooks.latest(category, wanted);
            if (playbook.isEmpty() && !"en".equals(wanted)) {
                playbook = playbooks.latest(category, "en");
                translated &= playbook.isEmpty();
            }
            if (playbook.isPresent()) {
                Playbook p = playbook.get();
                points.add(new Briefing.TalkingPoints(p.category(), p.language(), p.version(), p.title(),
                        p.talkingPoints()));
                dos.addAll(p.dos());
                donts.addAll(p.donts());
                safety = safety == null ? p.safetyNote() : safety;
            }
        }
        // talking points in the messenger's language first; English fallbacks after them
        points.sort(Comparator.comparing((Briefing.TalkingPoints p) -> !p.language().equals(wanted)));
        BriefingTexts texts = BriefingTexts.of(language);
        if (dos.isEmpty()) {
            dos.addAll(texts.dos());
        }
        if (donts.isEmpty()) {
            donts.addAll(texts.donts());
        }
        List<RepresentativePost> posts = narrative == null ? List.of() : narrative.representativePosts().stream()
                .sorted(Comparator.comparing((RepresentativePost p) -> !wanted.equals(p.lang())))
                .limit(MAX_POSTS).toList();
        Briefing.NarrativeSummary summary = narrative == null
                ? new Briefing.NarrativeSummary(row.narrativeId(), label, List.of(), categories, Map.of(), Map.of(),
                        0, 0, 0, null, null)
                : new Briefing.NarrativeSummary(narrative.narrativeId(), narrative.label(), keyClaims(narrative),
                        categories, narrative.languages(), narrative.neighbourhoods(), narrative.postCount(),
                        narrative.metrics().velocity(), narrative.counterSpeechShare(), narrative.firstSeen(),
                        narrative.lastSeen());
        return new Briefing(assignmentId, language, texts.rightToLeft(), translated, texts.headings(), summary,
                posts, points, List.copyOf(dos), List.copyOf(donts),
                safety == null ? texts.safetyNote() : safety, row.deadline());
    }

    /** The narrative's most characteristic terms, entities and hashtags: what it claims, in a few words. */
    private static List<String> keyClaims(Narrative narrative) {
        Set<String> claims = new LinkedHashSet<>();
        narrative.topTerms().stream().limit(5).forEach(claims::add);
        narrative.entities().stream().limit(3).forEach(claims::add);
        narrative.hashtags().stream().limit(3).map(tag -> "#" + tag).forEach(claims::add);
        return List.copyOf(claims);
    }
}
