package org.bellwether.tools.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bellwether.model.Engagement;
import org.bellwether.model.Harm;
import org.bellwether.model.HarmCategory;
import org.bellwether.model.HarmScore;
import org.bellwether.model.Narrative;
import org.bellwether.model.NarrativeMetrics;
import org.bellwether.model.NarrativeStatus;
import org.bellwether.model.RepresentativePost;
import org.bellwether.model.ScoredPost;

/**
 * A seeded synthetic city stream for benchmarks: posts in six languages over 30 days with Zipf-distributed
 * vocabulary (a few hundred real words per language plus generated ones), hashtags, mentions, links,
 * neighbourhoods, sources and harm categories. Not realistic prose; realistic term statistics. Not thread-safe.
 */
public final class SyntheticCorpus {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);
    static final List<String> LANGS = List.of("en", "en", "en", "en", "en", "es", "es", "fr", "de", "ar", "und");
    static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("the", "shelter", "mayor", "migrants", "town", "hall", "police", "bus", "flood", "rumour",
                    "school", "market", "fire", "station", "council", "street", "rent", "crime", "vote", "water",
                    "children", "church", "mosque", "synagogue", "protest", "they", "say", "everyone", "knows", "truth"),
            "es", List.of("la", "policía", "inmigrantes", "barrio", "alcalde", "escuela", "mercado", "agua", "calle",
                    "iglesia", "verdad", "todos", "dicen", "fuego", "autobús", "alquiler", "protesta", "niños"),
            "fr", List.of("les", "migrants", "quartier", "gare", "maire", "école", "marché", "police", "eau", "rue",
                    "vérité", "tous", "disent", "incendie", "loyer", "manifestation", "enfants", "mairie"),
            "de", List.of("die", "flüchtlinge", "bürgermeister", "schule", "markt", "polizei", "wasser", "straße",
                    "wahrheit", "alle", "sagen", "feuer", "miete", "demonstration", "kinder", "rathaus"),
            "ar", List.of("المهاجرين", "المدينة", "الشرطة", "المدرسة", "السوق", "الماء", "الشارع", "الحقيقة",
                    "الجميع", "يقولون", "حريق", "الإيجار", "احتجاج", "الأطفال", "البلدية"),
            "und", List.of("merhaba", "şehir", "polis", "okul", "pazar", "su", "sokak", "gerçek", "herkes"));
    static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ri", "ga", "ne", "pol"};
    static final List<String> NEIGHBOURHOODS = List.of("East Side", "Old Town", "Gare", "Harbour", "North Hill",
            "Riverside", "Market Quarter", "Docklands", "University", "West End", "Airport", "Cathedral",
            "Green Park", "Industrial Estate", "South Bank", "Chinatown", "Little Italy", "Hillside", "Lakeside",
            "Castle", "Meadows", "Foundry", "Mill Lane", "Seafront");
    static final List<String> SOURCES = List.of("mastodon:mastodon.social", "mastodon:city.social", "bluesky",
            "rss:city-news", "rss:gazette", "rss:radio", "telegram:channel-1", "telegram:channel-2", "tip:web",
            "tip:sms", "demo", "reddit:citysub");
    static final int GENERATED_WORDS = 20_000;
    static final int NARRATIVES = 2_000;

    private final SplittableRandom random;

    public SyntheticCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public ScoredPost post(int i) {
        String lang = LANGS.get(random.nextInt(LANGS.size()));
        int length = 8 + random.nextInt(32);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            text.append(word(lang)).append(' ');
        }
        List<String> hashtags = new ArrayList<>();
        if (random.nextInt(10) < 3) {
            String tag = word(lang).replace(" ", "");
            hashtags.add(tag.toLowerCase(java.util.Locale.ROOT));
            text.append('#').append(tag).append(' ');
        }
        if (random.nextInt(10) < 2) {
            text.append("@user").append(random.nextInt(50_000)).append(' ');
        }
        List<String> urls = new ArrayList<>();
        if (random.nextInt(100) < 15) {
            urls.add("https://news.example/" + random.nextInt(5_000));
            text.append(urls.get(0));
        }
        Instant created = START.plusMillis((long) (random.nextDouble() * SPAN.toMillis()));
        List<HarmScore> scores = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            HarmCategory[] categories = HarmCategory.values();
            scores.add(new HarmScore(categories[random.nextInt(categories.length)], random.nextDouble(), List.of()));
        }
        String neighbourhood = NEIGHBOURHOODS.get(zipf(NEIGHBOURHOODS.size()));
        return new ScoredPost(1, "bench:" + i, ScoredPost.KIND_POST, SOURCES.get(zipf(SOURCES.size())),
                urls.isEmpty() ? null : urls.get(0), "p_" + Integer.toHexString(random.nextInt()), text.toString().strip(),
                lang, created, created.plusSeconds(3), neighbourhood, List.of(neighbourhood), urls, hashtags,
                Harm.of(scores), "n-" + zipf(NARRATIVES), null, Engagement.NONE);
    }

    public Narrative narrative(int i, List<ScoredPost> representatives) {
        List<RepresentativePost> reps = representatives.stream()
                .map(p -> new RepresentativePost(p.postId(), p.text(), p.lang(), p.authorPseudonym(), p.url(),
                        p.createdAt()))
                .toList();
        String label = word("en") + " · " + word("en") + " · " + NEIGHBOURHOODS.get(i % NEIGHBOURHOODS.size());
        return new Narrative(1, "n-" + i, label, List.of(label.split(" · ")), List.of(), List.of(), List.of(), reps,
                Map.of("en", 10L, "es", 3L), Map.of(), Map.of(HarmCategory.HATE_MIGRANTS, random.nextDouble()), Map.of(),
                random.nextDouble(), 0.0, 13, 2, 9, NarrativeMetrics.EMPTY, List.of(), random.nextDouble(),
                random.nextInt(10) == 0, START, START.plus(SPAN), NarrativeStatus.ACTIVE, null, START.plus(SPAN));
    }

    /** A word of the language: real words are the most frequent ranks, generated ones the long tail. */
    String word(String lang) {
        List<String> real = WORDS.get(lang);
        int rank = zipf(real.size() + GENERATED_WORDS);
        if (rank < real.size()) {
            return real.get(rank);
        }
        int n = rank;
        StringBuilder generated = new StringBuilder();
        do {
            generated.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return generated.toString();
    }

    /** A rank in [0, n) with probability ~ 1/(rank+1). */
    int zipf(int n) {
        double harmonic = Math.log(n) + 0.5772;
        double target = random.nextDouble() * harmonic;
        return (int) Math.min(n - 1, Math.max(0, Math.exp(target - 0.5772) - 1));
    }
}
