package org.bellwether.api.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.api.matching.Suggestion.Factor;
import org.bellwether.api.messengers.Messenger;
import org.bellwether.api.messengers.MessengerProfile;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.Narrative;
import org.bellwether.model.RepresentativePost;

/**
 * Ranks messengers for a narrative with a transparent score: the weighted mean of eight factors in [0, 1]
 * (language, neighbourhood, community, topic, channel, load, availability, outcomes), each explained. Messengers
 * who are inactive, without consent, unavailable, absent or at capacity are never suggested. Pure and thread-safe.
 */
public final class Matcher {
    /** The communities that answer each kind of harm best (matched by substring, case-insensitive). */
    static final Map<HarmCategory, List<String>> COMMUNITIES = Map.of(
            HarmCategory.HATE_MIGRANTS, List.of("migrant", "refugee"),
            HarmCategory.HATE_ORIGIN, List.of("migrant", "ethnic", "diaspora"),
            HarmCategory.HATE_RELIGION, List.of("faith", "jewish", "muslim", "christian", "interfaith"),
            HarmCategory.HATE_GENDER, List.of("women"),
            HarmCategory.HATE_SEXUALITY, List.of("lgbt", "queer"),
            HarmCategory.THREAT, List.of("faith", "youth", "safety", "civic"),
            HarmCategory.ANTI_INSTITUTION, List.of("civic", "youth", "neighbourhood"),
            HarmCategory.MISINFORMATION, List.of("neighbourhood", "parents", "health", "civic"));

    private final MatchingWeights weights;

    public Matcher(MatchingWeights weights) {
        this.weights = weights;
    }

    public Suggestions rank(Narrative narrative, List<Messenger> messengers, Instant now) {
        List<Suggestion> ranked = new ArrayList<>();
        List<Suggestions.Excluded> excluded = new ArrayList<>();
        for (Messenger messenger : messengers) {
            List<String> reasons = messenger.ineligibility(now);
            if (!reasons.isEmpty()) {
                excluded.add(new Suggestions.Excluded(messenger.id(), messenger.pseudonym(), reasons));
                continue;
            }
            ranked.add(score(narrative, messenger, now));
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(Suggestion::pseudonym));
        return new Suggestions(narrative.narrativeId(), weights.weights(),
                ranked.subList(0, Math.min(ranked.size(), weights.suggestions())), excluded);
    }

    Suggestion score(Narrative narrative, Messenger messenger, Instant now) {
        MessengerProfile profile = messenger.profile();
        List<Factor> factors = List.of(
                language(narrative, profile),
                neighbourhood(narrative, profile),
                community(narrative, profile),
                topic(narrative, profile),
                channel(narrative, profile),
                load(messenger),
                availability(messenger, now),
                outcomes(messenger));
        double totalWeight = factors.stream().mapToDouble(Factor::weight).sum();
        double score = totalWeight == 0 ? 0 : factors.stream().mapToDouble(f -> f.value() * f.weight()).sum()
                / totalWeight;
        List<Factor> withShare = factors.stream().map(f -> new Factor(f.name(), round(f.value()), f.weight(),
                round(totalWeight == 0 ? 0 : f.value() * f.weight() / totalWeight), f.explanation())).toList();
        return new Suggestion(messenger.id(), messenger.displayName(), messenger.pseudonym(), round(score),
                withShare, messenger.openAssignments(), messenger.capacity());
    }

    private Factor language(Narrative narrative, MessengerProfile profile) {
        long total = narrative.languages().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return factor(MatchingWeights.LANGUAGE, 0, "the narrative has no language counts");
        }
        double value = 0;
        List<String> matched = new ArrayList<>();
        for (Map.Entry<String, Long> entry : narrative.languages().entrySet()) {
            double proficiency = profile.proficiency(entry.getKey());
            if (proficiency > 0) {
                value += proficiency * entry.getValue() / total;
                matched.add(entry.getKey() + " " + percent((double) entry.getValue() / total) + " of posts");
            }
        }
        return factor(MatchingWeights.LANGUAGE, value, matched.isEmpty()
                ? "speaks none of the narrative's languages " + narrative.languages().keySet()
                : "speaks " + String.join(", ", matched));
    }

    private Factor neighbourhood(Narrative narrative, MessengerProfile profile) {
        long total = narrative.neighbourhoods().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return factor(MatchingWeights.NEIGHBOURHOOD, 0, "the narrative is not placed in any neighbourhood");
        }
        Set<String> known = profile.neighbourhoods().stream().map(MessengerProfile::key).collect(Collectors.toSet());
        double value = 0;
        List<String> matched = new ArrayList<>();
        for (Map.Entry<String, Long> entry : narrative.neighbourhoods().entrySet()) {
            if (known.contains(MessengerProfile.key(entry.getKey()))) {
                value += (double) entry.getValue() / total;
                matched.add(entry.getKey());
            }
        }
        return factor(MatchingWeights.NEIGHBOURHOOD, value, matched.isEmpty()
                ? "known in none of " + narrative.neighbourhoods().keySet()
                : "known in " + String.join(", ", matched) + " (" + percent(value) + " of placed posts)");
    }

    private Factor community(Narrative narrative, MessengerProfile profile) {
        double total = harmTotal(narrative);
        if (total == 0) {
            return factor(MatchingWeights.COMMUNITY, 0, "the narrative has no harm categories");
        }
        double value = 0;
        Set<String> served = new HashSet<>();
        for (Map.Entry<HarmCategory, Double> entry : narrative.harmMix().entrySet()) {
            for (String community : profile.communities()) {
                String lower = community.toLowerCase(Locale.ROOT);
                if (COMMUNITIES.getOrDefault(entry.getKey(), List.of()).stream().anyMatch(lower::contains)) {
                    value += entry.getValue() / total;
                    served.add(community + " for " + entry.getKey().wireName());
                    break;
                }
            }
        }
        return factor(MatchingWeights.COMMUNITY, value, served.isEmpty()
                ? "serves no community targeted by " + categories(narrative)
                : "serves " + served.stream().sorted().collect(Collectors.joining(", ")));
    }

    private Factor topic(Narrative narrative, MessengerProfile profile) {
        double total = harmTotal(narrative);
        Set<String> topics = profile.topics().stream().map(MessengerProfile::key).collect(Collectors.toSet());
        double value = 0;
        List<String> matched = new ArrayList<>();
        if (total > 0) {
            for (Map.Entry<HarmCategory, Double> entry : narrative.harmMix().entrySet()) {
                if (topics.contains(entry.getKey().wireName())) {
                    value += 0.8 * entry.getValue() / total;
                    matched.add(entry.getKey().wireName());
                }
            }
        }
        List<String> terms = narrative.topTerms().stream().map(MessengerProfile::key).filter(topics::contains)
                .toList();
        if (!terms.isEmpty()) {
            value += 0.2;
            matched.addAll(terms);
        }
        return factor(MatchingWeights.TOPIC, Math.min(1, value), matched.isEmpty()
                ? "no expertise in " + categories(narrative) : "expert in " + String.join(", ", matched));
    }

    private Factor channel(Narrative narrative, MessengerProfile profile) {
        Set<String> sources = narrative.representativePosts().stream().map(RepresentativePost::postId)
                .filter(id -> id != null && id.contains(":"))
                .map(id -> id.substring(0, id.indexOf(':')).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> channels = profile.channels().stream().map(MessengerProfile::key).collect(Collectors.toSet());
        if (channels.isEmpty()) {
            return factor(MatchingWeights.CHANNEL, 0, "no channels recorded");
        }
        List<String> direct = sources.stream().filter(channels::contains).sorted().toList();
        if (!direct.isEmpty()) {
            return factor(MatchingWeights.CHANNEL, 1, "speaks where it spreads: " + String.join(", ", direct));
        }
        boolean onlineSources = sources.stream().anyMatch(s -> !s.equals("tip"));
        if (onlineSources && channels.contains("social")) {
            return factor(MatchingWeights.CHANNEL, 0.8, "active on social media, where it spreads");
        }
        return factor(MatchingWeights.CHANNEL, 0.4, "reaches people through " + String.join(", ",
                new java.util.TreeSet<>(channels)));
    }

    private Factor load(Messenger messenger) {
        double value = messenger.capacity() == 0 ? 0 : 1.0 - (double) messenger.openAssignments() / messenger.capacity();
        return factor(MatchingWeights.LOAD, value, messenger.openAssignments() + " of " + messenger.capacity()
                + " open assignments");
    }

    private Factor availability(Messenger messenger, Instant now) {
        if (messenger.absentFrom() != null && messenger.absentFrom().isAfter(now)
                && messenger.absentFrom().isBefore(now.plus(Duration.ofHours(48)))) {
            return factor(MatchingWeights.AVAILABILITY, 0.5, "away from " + messenger.absentFrom());
        }
        return factor(MatchingWeights.AVAILABILITY, 1, "available");
    }

    private Factor outcomes(Messenger messenger) {
        double rate = (messenger.responded() + 1.0) / (messenger.responded() + messenger.declined() + 2.0);
        double value = Math.min(1, rate + 0.05 * messenger.endorsements());
        return factor(MatchingWeights.OUTCOMES, value, messenger.responded() + " responded, " + messenger.declined()
                + " declined, " + messenger.endorsements() + " endorsement(s)");
    }

    private Factor factor(String name, double value, String explanation) {
        return new Factor(name, Math.max(0, Math.min(1, value)), weights.weight(name), 0, explanation);
    }

    private static double harmTotal(Narrative narrative) {
        return narrative.harmMix().entrySet().stream().filter(e -> e.getKey().isHarm())
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static String categories(Narrative narrative) {
        return narrative.harmMix().keySet().stream().map(HarmCategory::wireName).sorted().toList().toString();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
